using System.ComponentModel.DataAnnotations;

namespace Triage.Gateway.Teleconsult;

/// <summary>The "Attachments" configuration section.</summary>
public sealed class AttachmentOptions
{
    public const string Section = "Attachments";

    /// <summary>Where the files live, outside the database; relative paths are under the content root.</summary>
    [Required]
    public string Folder { get; set; } = "data/attachments";

    /// <summary>A phone photo or a scanned ECG strip fits; a video does not belong on a rural link.</summary>
    [Range(1, 100 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 10 * 1024 * 1024;

    public static readonly IReadOnlySet<string> ContentTypes = new HashSet<string> { "image/jpeg", "image/png", "image/webp", "application/pdf" };
}
