using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Triage.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ShadowScores : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ShadowScores",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ModelVersion = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Risk = table.Column<double>(type: "REAL", nullable: false),
                    ModelLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    FinalLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    ScoredAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ShadowScores", x => new { x.CaseId, x.ModelVersion });
                    table.ForeignKey(
                        name: "FK_ShadowScores_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ShadowScores");
        }
    }
}
