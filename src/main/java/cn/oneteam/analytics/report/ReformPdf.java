package cn.oneteam.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.oneteam.documents.DocumentPdf;
import cn.oneteam.documents.PdfPages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Component;

/**
 * The reform report as an A4 PDF in the documents' font (docs/adr/0013-document-font.md): the title, the vector bar
 * charts, then per section its figures, each followed by its definition in small type.
 */
@Component
class ReformPdf {

	private static final float MARGIN = 56;

	private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

	private final DocumentPdf documents;

	private final ReformLines lines;

	ReformPdf(DocumentPdf documents, ReformLines lines) {
		this.documents = documents;
		this.lines = lines;
	}

	byte[] render(ReformReport report, Locale locale) {
		try (PDDocument document = new PDDocument()) {
			Page page = new Page(document, documents.embed(document));
			page.text(lines.text("reform.title", locale), 18);
			page.text(report.divisionName() + " " + report.year() + " · "
					+ lines.text("reform.counted-on", locale, report.day().toString()), 11);
			List<ReformLines.Line> all = lines.of(report, locale);
			for (var chart : ReformReport.CHARTS.entrySet()) {
				page.chart(lines.text("reform.chart." + chart.getKey(), locale),
						chart.getValue().stream().map(k -> all.stream().filter(l -> l.key().equals(k)).findFirst().orElseThrow())
							.toList());
			}
			for (String section : ReformReport.SECTIONS) {
				page.gap();
				page.text(lines.text("reform.section." + section, locale), 14);
				if (section.equals("staffing")) {
					page.text(lines.text("reform.staffing-as-of", locale, report.staffingAsOf().toString()), 8);
				}
				for (ReformLines.Line line : all.stream().filter(l -> l.section().equals(section)).toList()) {
					page.text(line.label() + "：" + line.shown(), 11);
					page.text(line.definition(), 8);
				}
			}
			return page.save(documents);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes lines down the page, wrapping long ones, with bar charts. */
	private final class Page extends PdfPages {

		Page(PDDocument document, PDType0Font font) throws IOException {
			super(document, font, MARGIN);
		}

		private void room(float height) throws IOException {
			if (y - height < MARGIN) {
				newPage();
			}
		}

		void gap() {
			y -= 6;
		}

		void text(String raw, float size) throws IOException {
			String text = documents.printable(raw);
			StringBuilder row = new StringBuilder();
			for (int i = 0; i < text.length(); i++) {
				row.append(text.charAt(i));
				if (width(row.toString(), size) > WIDTH) {
					row.setLength(row.length() - 1);
					write(row.toString(), size);
					row.setLength(0);
					row.append(text.charAt(i));
				}
			}
			write(row.toString(), size);
		}

		private void write(String text, float size) throws IOException {
			room(size * 1.5f);
			y -= size * 1.5f;
			text(text, size, MARGIN, y);
		}

		/**
		 * A vector bar chart: one bar per figure, its value above it and its label below, scaled to the largest. A
		 * negative value (an over-filled body's vacant posts) draws no bar; its value is printed on the axis.
		 */
		void chart(String title, List<ReformLines.Line> bars) throws IOException {
			float height = 120;
			room(height + 60);
			text(title, 12);
			float base = y - height - 10;
			double max = bars.stream().map(ReformLines.Line::value).filter(v -> v != null)
				.mapToDouble(BigDecimal::doubleValue).max().orElse(0);
			float slot = WIDTH / bars.size();
			float barWidth = Math.min(60, slot * 0.5f);
			content.moveTo(MARGIN, base);
			content.lineTo(MARGIN + WIDTH, base);
			content.stroke();
			for (int i = 0; i < bars.size(); i++) {
				ReformLines.Line bar = bars.get(i);
				double value = bar.value() == null ? 0 : Math.max(0, bar.value().doubleValue());
				float h = max == 0 ? 0 : (float) (value / max * height);
				float x = MARGIN + i * slot + (slot - barWidth) / 2;
				content.setNonStrokingColor(0.2f, 0.4f, 0.7f);
				content.addRect(x, base, barWidth, h);
				content.fill();
				content.setNonStrokingColor(0f, 0f, 0f);
				text(documents.printable(bar.shown()), 9, x, base + h + 3);
				String label = documents.printable(bar.label());
				text(label, 8, Math.max(MARGIN, x + barWidth / 2 - width(label, 8) / 2), base - 12);
			}
			y = base - 20;
		}
	}
}
