package org.fazhi.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A cell a spreadsheet would run as a formula is written as text (CSV injection). */
class CsvCellsTest {

    @Test
    void cells_starting_like_a_formula_are_written_as_text() {
        assertThat(CsvCells.cell("=HYPERLINK(\"http://evil.example\",\"证据\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"证据\"\")\"");
        assertThat(CsvCells.cell("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(CsvCells.cell("-2+3")).isEqualTo("'-2+3");
        assertThat(CsvCells.cell("@SUM(A1:A9)")).isEqualTo("'@SUM(A1:A9)");
        assertThat(CsvCells.cell("\t=1+1")).startsWith("'\t");
        assertThat(CsvCells.cell("\r=1+1")).isEqualTo("\"'\r=1+1\"");
    }

    @Test
    void ordinary_cells_stay_as_they_are() {
        assertThat(CsvCells.cell("现场检查笔录.pdf")).isEqualTo("现场检查笔录.pdf");
        assertThat(CsvCells.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(CsvCells.cell(null)).isEmpty();
        assertThat(CsvCells.cell("1 = 1")).isEqualTo("1 = 1");
    }
}
