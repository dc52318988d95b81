using BenchmarkDotNet.Running;
using Triage.Engine.Bench;

BenchmarkRunner.Run<AssessBenchmarks>(args: args);
