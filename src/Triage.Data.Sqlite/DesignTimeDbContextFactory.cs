using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Triage.Data.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the gateway.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TriageDbContext>
{
    public TriageDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<TriageDbContext>)new DbContextOptionsBuilder<TriageDbContext>().UseTriageSqlite("Data Source=design-time.db").Options);
}
