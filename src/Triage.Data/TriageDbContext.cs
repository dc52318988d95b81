using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Triage.Data.Attachments;
using Triage.Data.Audit;
using Triage.Data.Cases;
using Triage.Data.Consults;
using Triage.Data.Geography;
using Triage.Data.Identity;
using Triage.Data.Shadow;

namespace Triage.Data;

public sealed class TriageDbContext(DbContextOptions<TriageDbContext> options) : IdentityDbContext<TriageUser>(options)
{
    public DbSet<Region> Regions => Set<Region>();

    public DbSet<District> Districts => Set<District>();

    public DbSet<Clinic> Clinics => Set<Clinic>();

    public DbSet<StoredCase> Cases => Set<StoredCase>();

    public DbSet<StoredCaseEvent> CaseEvents => Set<StoredCaseEvent>();

    public DbSet<Specialist> Specialists => Set<Specialist>();

    public DbSet<Consult> Consults => Set<Consult>();

    public DbSet<ConsultEscalation> ConsultEscalations => Set<ConsultEscalation>();

    public DbSet<Attachment> Attachments => Set<Attachment>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<TerminalCredential> Terminals => Set<TerminalCredential>();

    public DbSet<ShadowScore> ShadowScores => Set<ShadowScore>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<TerminalCredential>(terminal =>
        {
            terminal.Property(t => t.Id).HasMaxLength(64);
            terminal.Property(t => t.SecretHash).HasMaxLength(64);
            terminal.HasOne<Clinic>().WithMany().HasForeignKey(t => t.ClinicId);
        });
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
        modelBuilder.Entity<Specialist>(specialist =>
        {
            specialist.Property(s => s.Id).HasMaxLength(64);
            specialist.Property(s => s.Name).HasMaxLength(200);
            specialist.HasOne<Region>().WithMany().HasForeignKey(s => s.RegionId);
        });
        modelBuilder.Entity<Consult>(consult =>
        {
            consult.HasIndex(c => c.CaseId).IsUnique();
            consult.HasIndex(c => new { c.State, c.RegionId });
            consult.Property(c => c.ClinicId).HasMaxLength(64);
            consult.Property(c => c.RegionId).HasMaxLength(64);
            consult.Property(c => c.ClaimedBy).HasMaxLength(64);
            consult.Property(c => c.Icd10Code).HasMaxLength(16);
            consult.Property(c => c.Diagnosis).HasMaxLength(500);
            consult.Property(c => c.Plan).HasMaxLength(4000);
            consult.HasOne<StoredCase>().WithOne().HasForeignKey<Consult>(c => c.CaseId);
        });
        modelBuilder.Entity<ConsultEscalation>(escalation =>
        {
            escalation.HasIndex(e => e.ConsultId);
            escalation.HasOne<Consult>().WithMany().HasForeignKey(e => e.ConsultId);
        });
        modelBuilder.Entity<AuditEntry>(audit =>
        {
            audit.ToTable("AuditLog");
            audit.HasIndex(a => a.CaseId);
            audit.HasIndex(a => new { a.Principal, a.AtUtc });
            audit.Property(a => a.Principal).HasMaxLength(100);
            audit.Property(a => a.Role).HasMaxLength(32);
            audit.Property(a => a.Action).HasMaxLength(64);
            audit.Property(a => a.Source).HasMaxLength(100);
        });
        modelBuilder.Entity<Attachment>(attachment =>
        {
            attachment.Property(a => a.FileName).HasMaxLength(200);
            attachment.Property(a => a.ContentType).HasMaxLength(100);
            attachment.HasIndex(a => a.CaseId);
            attachment.HasOne<StoredCase>().WithMany().HasForeignKey(a => a.CaseId);
        });
        modelBuilder.Entity<ShadowScore>(shadow =>
        {
            shadow.HasKey(s => new { s.CaseId, s.ModelVersion });
            shadow.Property(s => s.ModelVersion).HasMaxLength(100);
            shadow.HasOne<StoredCase>().WithMany().HasForeignKey(s => s.CaseId);
        });
    }
}
