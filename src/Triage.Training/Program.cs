using Triage.Training.Commands;

return await TrainingApp.Create().Parse(args).InvokeAsync();
