package cn.oneteam.analytics.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import cn.oneteam.documents.DocumentPdf;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
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
				for (ReformLines.Line line : all.stream().filter(l -> l.section().equals(section)).toList()) {
					page.text(line.label() + "：" + line.shown(), 11);
					page.text(line.definition(), 8);
				}
			}
			page.close();
			return documents.save(document, page.font, page.used);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** Writes lines down the page, wrapping long ones, and starts a new page at the bottom margin. */
	private final class Page {

		private final PDDocument document;

		final PDType0Font font;

		final Set<Integer> used = new TreeSet<>();

		private PDPageContentStream content;

		private float y;

		Page(PDDocument document, PDType0Font font) throws IOException {
			this.document = document;
			this.font = font;
			newPage();
		}

		private void newPage() throws IOException {
			if (content != null) {
				content.close();
			}
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			content = new PDPageContentStream(document, page);
			y = PDRectangle.A4.getHeight() - MARGIN;
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
					write(row.toString(), MARGIN, size);
					row.setLength(0);
					row.append(text.charAt(i));
				}
			}
			write(row.toString(), MARGIN, size);
		}

		private void write(String text, float x, float size) throws IOException {
			room(size * 1.5f);
			y -= size * 1.5f;
			at(text, x, y, size);
		}

		private void at(String text, float x, float atY, float size) throws IOException {
			text.codePoints().forEach(used::add);
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, atY);
			content.showText(text);
			content.endText();
		}

		private float width(String text, float size) throws IOException {
			return font.getStringWidth(text) / 1000 * size;
		}

		/** A vector bar chart: one bar per figure, its value above it and its label below, scaled to the largest. */
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
				double value = bar.value() == null ? 0 : bar.value().doubleValue();
				float h = max == 0 ? 0 : (float) (value / max * height);
				float x = MARGIN + i * slot + (slot - barWidth) / 2;
				content.setNonStrokingColor(0.2f, 0.4f, 0.7f);
				content.addRect(x, base, barWidth, h);
				content.fill();
				content.setNonStrokingColor(0f, 0f, 0f);
				at(documents.printable(bar.shown()), x, base + h + 3, 9);
				String label = documents.printable(bar.label());
				at(label, Math.max(MARGIN, x + barWidth / 2 - width(label, 8) / 2), base - 12, 8);
			}
			y = base - 20;
		}

		void close() throws IOException {
			content.close();
		}
	}
}
