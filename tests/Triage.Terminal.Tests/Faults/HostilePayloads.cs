using Google.Protobuf;
using Triage.Contracts.V1;
using Triage.Testing;

namespace Triage.Terminal.Tests.Faults;

/// <summary>
/// Requests a careless or hostile client could send, drawn from a seeded generator: random bytes, truncated and
/// mutated messages, values out of range, huge strings, fields of the wrong wire type, unknown enum values.
/// </summary>
public sealed class HostilePayloads(int seed)
{
    public const int Kinds = 9;

    private readonly Random random = new(seed);

    public byte[] Next(int index) => (index % Kinds) switch
    {
        0 => RandomBytes(random.Next(1, 512)),
        1 => Truncated(),
        2 => OutOfRange().ToByteArray(),
        3 => HugeStrings().ToByteArray(),
        4 => WrongWireType(),
        5 => UnknownEnums().ToByteArray(),
        6 => Incomplete().ToByteArray(),
        7 => Mutated(),
        _ => ForgedIdentity().ToByteArray(),
    };

    /// <summary>A SyncCases item that parses but must be refused, for the per-item path.</summary>
    public byte[] NextParsable(int index) => (index % 5) switch
    {
        0 => OutOfRange().ToByteArray(),
        1 => HugeStrings().ToByteArray(),
        2 => UnknownEnums().ToByteArray(),
        3 => Incomplete().ToByteArray(),
        _ => ForgedIdentity().ToByteArray(),
    };

    private byte[] RandomBytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }

    private static SubmitCaseRequest Wrap(CaseReport report) => new() { Case = report };

    private byte[] Truncated()
    {
        var whole = Wrap(SampleCases.HealthyAdult()).ToByteArray();
        return whole[..random.Next(1, whole.Length - 1)];
    }

    /// <summary>Random bytes changed in a case from a clinic nobody knows, so that whatever still parses is refused too.</summary>
    private byte[] Mutated()
    {
        var bytes = Wrap(SampleCases.HealthyAdult(c => c.ClinicId = "KZ-ZHA-NOPE-01")).ToByteArray();
        for (var flips = random.Next(1, 8); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return bytes;
    }

    private SubmitCaseRequest OutOfRange() => Wrap(SampleCases.HealthyAdult(c =>
    {
        switch (random.Next(9))
        {
            case 0: c.Vitals.HeartRate = random.Next(301, int.MaxValue); break;
            case 1: c.Vitals.Spo2Percent = -random.Next(1, 1000); break;
            case 2: c.Vitals.TemperatureC = double.NaN; break;
            case 3: c.Patient.AgeYears = double.PositiveInfinity; break;
            case 4: c.Patient.AgeYears = -random.NextDouble() * 100; break;
            case 5: c.Vitals.RespiratoryRate = int.MinValue; break;
            case 6: c.RecordedAt = new Google.Protobuf.WellKnownTypes.Timestamp { Seconds = long.MaxValue / 2 }; break;
            case 7: c.Vitals.DiastolicBp = c.Vitals.SystolicBp + 10; break;
            default: c.Vitals.BloodGlucoseMmolL = 1e300; break;
        }
    }));

    private SubmitCaseRequest HugeStrings() => Wrap(SampleCases.HealthyAdult(c =>
    {
        var huge = new string((char)random.Next('a', 'z'), random.Next(5_000, 200_000));
        switch (random.Next(5))
        {
            case 0: c.Complaint = huge; break;
            case 1: c.Patient.PatientRef = huge; break;
            case 2: c.ClinicId = huge; break;
            case 3: c.Language = huge; break;
            default: c.ClientCaseId = huge; break;
        }
    }));

    /// <summary>A string field sent as a number and a message sent as a fixed64: a client with another idea of the schema.</summary>
    private byte[] WrongWireType()
    {
        using var stream = new MemoryStream();
        var output = new CodedOutputStream(stream);
        var report = SampleCases.HealthyAdult();
        switch (random.Next(3))
        {
            case 0:
                report.ClientCaseId = "";
                var inner = report.ToByteArray().Concat(new byte[] { 0x08, 0x2A }).ToArray(); // field 1 (client_case_id) as varint 42
                output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(inner));
                break;
            case 1:
                output.WriteTag(1, WireFormat.WireType.Fixed64); // the case itself as a number
                output.WriteFixed64((ulong)random.NextInt64());
                break;
            default:
                report.Patient = null;
                var withBadPatient = report.ToByteArray().Concat(new byte[] { 0x25, 1, 2, 3, 4 }).ToArray(); // field 4 (patient) as fixed32
                output.WriteTag(1, WireFormat.WireType.LengthDelimited);
                output.WriteBytes(ByteString.CopyFrom(withBadPatient));
                break;
        }

        output.Flush();
        return stream.ToArray();
    }

    private SubmitCaseRequest UnknownEnums() => Wrap(SampleCases.HealthyAdult(c =>
    {
        switch (random.Next(5))
        {
            case 0: c.Patient.Sex = (Sex)random.Next(3, 1000); break;
            case 1: c.Vitals.Consciousness = (Consciousness)(-random.Next(1, 1000)); break;
            case 2: c.Symptoms.Add((Symptom)random.Next(1000, 100_000)); break;
            case 3: c.ChronicConditions.Add((ChronicCondition)random.Next(1000, 100_000)); break;
            default: c.Patient.Insurance = (InsuranceStatus)random.Next(3, 1000); break;
        }
    }));

    private SubmitCaseRequest Incomplete() => random.Next(4) switch
    {
        0 => new SubmitCaseRequest(),
        1 => Wrap(SampleCases.HealthyAdult(c => c.Patient = null)),
        2 => Wrap(SampleCases.HealthyAdult(c => c.RecordedAt = null)),
        _ => Wrap(new CaseReport()),
    };

    /// <summary>Well-formed cases whose identity is wrong: not a UUID, another clinic's id, a clinic nobody knows.</summary>
    private SubmitCaseRequest ForgedIdentity() => Wrap(SampleCases.HealthyAdult(c =>
    {
        switch (random.Next(4))
        {
            case 0: c.ClientCaseId = "'; DROP TABLE Cases; --"; break;
            case 1: c.ClinicId = "KZ-NOWHERE-" + random.Next(); break;
            case 2: c.ClinicId = "../../etc/passwd"; break;
            default: c.ClientCaseId = Guid.NewGuid().ToString("N"); break;
        }
    }));
}
