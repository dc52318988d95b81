using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Triage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Teleconsultation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "NeighbourIds",
                table: "Regions",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.CreateTable(
                name: "Attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    TotalSize = table.Column<long>(type: "INTEGER", nullable: false),
                    ReceivedBytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", nullable: true),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CompletedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attachments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AuditLog",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Principal = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLog", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Consults",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClinicId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    Specialty = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ClaimedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    EscalatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ConcludedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FinalLevel = table.Column<int>(type: "INTEGER", nullable: true),
                    Icd10Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Diagnosis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Plan = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consults_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Specialists",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RegionId = table.Column<string>(type: "TEXT", nullable: false),
                    Specialties = table.Column<string>(type: "TEXT", nullable: false),
                    OnDuty = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Specialists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Specialists_Regions_RegionId",
                        column: x => x.RegionId,
                        principalTable: "Regions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConsultEscalations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ConsultId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EscalatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    WaitedSeconds = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionIds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsultEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsultEscalations_Consults_ConsultId",
                        column: x => x.ConsultId,
                        principalTable: "Consults",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_CaseId",
                table: "Attachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_CaseId",
                table: "AuditLog",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLog_Principal_AtUtc",
                table: "AuditLog",
                columns: new[] { "Principal", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_ConsultEscalations_ConsultId",
                table: "ConsultEscalations",
                column: "ConsultId");

            migrationBuilder.CreateIndex(
                name: "IX_Consults_CaseId",
                table: "Consults",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Consults_State_RegionId",
                table: "Consults",
                columns: new[] { "State", "RegionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Specialists_RegionId",
                table: "Specialists",
                column: "RegionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Attachments");

            migrationBuilder.DropTable(
                name: "AuditLog");

            migrationBuilder.DropTable(
                name: "ConsultEscalations");

            migrationBuilder.DropTable(
                name: "Specialists");

            migrationBuilder.DropTable(
                name: "Consults");

            migrationBuilder.DropColumn(
                name: "NeighbourIds",
                table: "Regions");
        }
    }
}
