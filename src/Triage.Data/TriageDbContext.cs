using Microsoft.EntityFrameworkCore;
using Triage.Data.Cases;
using Triage.Data.Geography;

namespace Triage.Data;

public sealed class TriageDbContext(DbContextOptions<TriageDbContext> options) : DbContext(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<Clinic> Clinics => Set<Clinic>();

    public DbSet<StoredCase> Cases => Set<StoredCase>();

    public DbSet<StoredCaseEvent> CaseEvents => Set<StoredCaseEvent>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Region>(region =>
        {
            region.Property(r => r.Id).HasMaxLength(64);
            region.Property(r => r.Name).HasMaxLength(200);
            region.HasMany(r => r.Districts).WithOne().HasForeignKey(d => d.RegionId);
        });
        modelBuilder.Entity<District>(district =>
        {
            district.Property(d => d.Id).HasMaxLength(64);
            district.Property(d => d.Name).HasMaxLength(200);
            district.HasMany(d => d.Clinics).WithOne().HasForeignKey(c => c.DistrictId);
        });
        modelBuilder.Entity<Clinic>(clinic =>
        {
            clinic.Property(c => c.Id).HasMaxLength(64);
            clinic.Property(c => c.Name).HasMaxLength(200);
        });
        modelBuilder.Entity<StoredCase>(stored =>
        {
            stored.ToTable("Cases");
            stored.HasIndex(c => c.ClientCaseId).IsUnique();
            stored.HasIndex(c => new { c.ClinicId, c.ReceivedAtUtc });
            stored.Property(c => c.ClientCaseId).HasMaxLength(36);
            stored.Property(c => c.ContentHash).HasMaxLength(64);
            stored.Property(c => c.ClinicId).HasMaxLength(64);
            stored.Property(c => c.ModelVersion).HasMaxLength(100);
            stored.HasOne<Clinic>().WithMany().HasForeignKey(c => c.ClinicId).OnDelete(DeleteBehavior.Restrict);
            stored.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId);
        });
        modelBuilder.Entity<StoredCaseEvent>(caseEvent =>
        {
            caseEvent.ToTable("CaseEvents");
            caseEvent.HasIndex(e => new { e.CaseId, e.Sequence }).IsUnique();
        });
    }
}
