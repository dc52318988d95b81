using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Triage.Data.Postgres;

/// <summary>
/// Lets <c>dotnet ef migrations add --project src/Triage.Data.Postgres</c> build the PostgreSQL model; adding a
/// migration needs no server, so the connection string only has to parse.
/// </summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<TriageDbContext>
{
    public TriageDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TriageDbContext>();
        options.UseTriagePostgres("Host=127.0.0.1;Database=triage_design");
        return new TriageDbContext(options.Options);
    }
}
