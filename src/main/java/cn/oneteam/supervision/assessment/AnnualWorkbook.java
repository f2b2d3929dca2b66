package cn.oneteam.supervision.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import cn.oneteam.supervision.assessment.AssessmentViews.BodyAssessment;
import cn.oneteam.supervision.assessment.AssessmentViews.OfficerAssessment;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The annual table as an .xlsx file (docs/adr/0039-assessments.md): a sheet of bodies (ranked) and a sheet of officers,
 * headers in the viewer's language, figures as numbers.
 */
@Component
class AnnualWorkbook {

	static final List<String> BODY_COLUMNS = List.of("rank", "body", "responderKind", "generalCases", "simpleCases",
			"periodsMet", "periodsBreached", "timeliness", "reviewed", "reviewScore", "complaintsUpheld", "caseScore",
			"ratings", "ratingScore", "ratingWeight", "score", "officers");

	static final List<String> OFFICER_COLUMNS = List.of("body", "officer", "generalCases", "simpleCases",
			"periodsMet", "periodsBreached", "timeliness", "reviewed", "reviewScore", "complaintsUpheld",
			"trainingHours", "score");

	private final MessageSource messages;

	AnnualWorkbook(MessageSource messages) {
		this.messages = messages;
	}

	byte[] write(Assessments.AnnualTable table, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "OneTeam", "1.0");
			Worksheet bodies = workbook.newWorksheet(text("assessment.sheet.bodies", locale, table.year()));
			header(bodies, BODY_COLUMNS, locale);
			int r = 1;
			for (BodyAssessment b : table.bodies()) {
				row(bodies, r, b.score() == null ? null : r, b.body(),
						b.responderKind() == null ? "" : text("assessment.responder." + b.responderKind(), locale),
						b.generalCases(), b.simpleCases(), b.periodsMet(), b.periodsBreached(), b.timelinessPercent(),
						b.reviewed(), b.reviewScore(), b.complaintsUpheld(), b.caseScore(), b.ratings(), b.ratingScore(),
						b.ratingWeightPercent(), b.score(), b.officers());
				r++;
			}
			Worksheet officers = workbook.newWorksheet(text("assessment.sheet.officers", locale, table.year()));
			header(officers, OFFICER_COLUMNS, locale);
			r = 1;
			for (OfficerAssessment o : table.officers()) {
				row(officers, r++, o.body(), o.name(), o.generalCases(), o.simpleCases(), o.periodsMet(),
						o.periodsBreached(), o.timelinessPercent(), o.reviewed(), o.reviewScore(), o.complaintsUpheld(),
						o.trainingHours(), o.score());
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private void header(Worksheet sheet, List<String> columns, Locale locale) {
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, text("assessment.col." + columns.get(c), locale));
			sheet.style(0, c).bold().set();
		}
	}

	private static void row(Worksheet sheet, int r, Object... cells) {
		List<Object> values = new ArrayList<>(Arrays.asList(cells));
		for (int c = 0; c < values.size(); c++) {
			Object v = values.get(c);
			if (v instanceof Number n) {
				sheet.value(r, c, n);
			}
			else if (v != null) {
				sheet.value(r, c, v.toString());
			}
		}
	}

	private String text(String code, Locale locale, Object... args) {
		return messages.getMessage(code, args, locale);
	}
}
