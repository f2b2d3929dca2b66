package cn.oneteam.analytics.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.stereotype.Component;

/**
 * The reform report as .xlsx: one sheet, the day counted and the staffing note above a row per figure — section,
 * figure, value (a number), unit, definition.
 */
@Component
class ReformWorkbook {

	private final ReformLines lines;

	ReformWorkbook(ReformLines lines) {
		this.lines = lines;
	}

	byte[] write(ReformReport report, Locale locale) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Workbook workbook = new Workbook(out, "OneTeam", "1.0");
			Worksheet sheet = workbook.newWorksheet(lines.text("reform.sheet", locale));
			sheet.value(0, 0, lines.text("reform.title", locale) + " " + report.divisionName() + " " + report.year());
			sheet.value(1, 0, lines.text("reform.counted-on", locale, report.day().toString()));
			sheet.value(2, 0, lines.text("reform.staffing-as-of", locale, report.staffingAsOf().toString()));
			List<String> columns = List.of("section", "figure", "value", "unit", "definition");
			for (int c = 0; c < columns.size(); c++) {
				sheet.value(3, c, lines.text("reform.col." + columns.get(c), locale));
			}
			int r = 4;
			for (ReformLines.Line line : lines.of(report, locale)) {
				sheet.value(r, 0, lines.text("reform.section." + line.section(), locale));
				sheet.value(r, 1, line.label());
				if (line.value() != null) {
					sheet.value(r, 2, line.value());
				}
				sheet.value(r, 3, line.unit().trim());
				sheet.value(r, 4, line.definition());
				r++;
			}
			workbook.finish();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
