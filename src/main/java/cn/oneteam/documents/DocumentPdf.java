package cn.oneteam.documents;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.stereotype.Service;

/**
 * 执法文书 as PDF: A4, the body text in Noto Serif SC (a 宋体-style font under the SIL Open Font License, embedded as a
 * subset so that every glyph prints anywhere), the title centred, the number under it, paragraphs wrapped at the
 * margins, the issuing body with a seal placeholder and the date at the foot.
 */
@Service
public class DocumentPdf {

	/** RECONSIDERATION_PERIOD 60 days, 复议法 (2023) §20. */
	static final int RECONSIDERATION_DAYS = 60;

	/** LITIGATION_PERIOD 6 months, 行政诉讼法 §46. */
	static final int LITIGATION_MONTHS = 6;

	static final String FONT = "/fonts/NotoSerifSC_400Regular.ttf";

	private static final float MARGIN = 72;

	private static final float BODY_SIZE = 14;

	private static final float LEADING = 26;

	/** Punctuation that may not begin a line (GB/T 15834 typesetting practice). */
	private static final String NO_LINE_START = "，。、；：？！）》」』〕】”’";

	private volatile TrueTypeFont font;

	/** 行政处罚决定书. */
	public byte[] decision(DecisionDocument d) {
		List<String> body = new ArrayList<>();
		body.add("当事人：" + d.partyName());
		body.add("经查，" + d.facts() + "。");
		body.add((d.violatedProvision() == null ? "你（单位）的上述行为违法。"
				: "你（单位）的上述行为违反了" + d.violatedProvision() + "的规定。") + "依据" + d.penaltyProvision()
				+ "的规定，本机关决定：" + d.penalty() + "。");
		if (d.statementAdoption() != null && !d.statementAdoption().isBlank()) {
			body.add("对你（单位）的陈述、申辩，" + d.statementAdoption() + "。");
		}
		if (d.fine() != null) {
			// the surcharge rate is told to the party (强制法 §45)
			body.add("罚款应当自收到本决定书之日起" + d.payment().days() + "日内缴至指定银行或者通过电子支付系统缴纳。"
					+ "到期不缴纳罚款的，每日按罚款数额的百分之" + d.payment().surchargeRate().movePointRight(2).stripTrailingZeros()
						.toPlainString()
					+ "加处罚款，加处罚款的数额不超出罚款的数额。");
		}
		body.add("如不服本决定，可以在收到本决定书之日起" + RECONSIDERATION_DAYS + "日内依法申请行政复议，或者在" + LITIGATION_MONTHS
				+ "个月内依法向人民法院提起行政诉讼。申请行政复议或者提起行政诉讼期间，本决定不停止执行。");
		return render("行政处罚决定书", d.number(), body, d.bodyName(), ChineseDates.of(d.decidedOn()));
	}

	private byte[] render(String title, String number, List<String> paragraphs, String issuer, String date) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDType0Font cjk = PDType0Font.load(document, font(), true);
			Writer writer = new Writer(document, cjk);
			writer.centred(title, 22);
			writer.centred(printable(number), BODY_SIZE);
			writer.gap();
			for (String paragraph : paragraphs) {
				writer.paragraph(printable(paragraph));
			}
			writer.gap();
			writer.right(printable(issuer) + "（印章）");
			writer.right(date);
			writer.close();
			document.save(OutputStream.nullOutputStream()); // subsets the font and writes its ToUnicode map
			cjk.getCOSObject().setItem(COSName.TO_UNICODE, toUnicode(document, writer.used));
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The ToUnicode map of the characters actually written. PDFBox maps each glyph to the lowest code point that
	 * shares it, so a 行 or 民 would be extracted as a Kangxi radical (⾏, ⺠) and the text would not search or
	 * copy; this map names each glyph by the character the document used.
	 */
	private PDStream toUnicode(PDDocument document, Set<Integer> used) throws IOException {
		var cmap = font().getUnicodeCmapLookup();
		Map<Integer, Integer> byGlyph = new TreeMap<>();
		used.forEach(c -> byGlyph.put(cmap.getGlyphId(c), c));
		StringBuilder map = new StringBuilder("""
				/CIDInit /ProcSet findresource begin
				12 dict begin
				begincmap
				/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
				/CMapName /Adobe-Identity-UCS def
				/CMapType 2 def
				1 begincodespacerange
				<0000> <FFFF>
				endcodespacerange
				""");
		List<Map.Entry<Integer, Integer>> entries = new ArrayList<>(byGlyph.entrySet());
		for (int from = 0; from < entries.size(); from += 100) { // at most 100 entries a block
			List<Map.Entry<Integer, Integer>> block = entries.subList(from, Math.min(from + 100, entries.size()));
			map.append(block.size()).append(" beginbfchar\n");
			for (Map.Entry<Integer, Integer> e : block) {
				map.append(String.format("<%04X> <", e.getKey()));
				for (char unit : Character.toChars(e.getValue())) {
					map.append(String.format("%04X", (int) unit));
				}
				map.append(">\n");
			}
			map.append("endbfchar\n");
		}
		map.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
		return new PDStream(document, new ByteArrayInputStream(map.toString().getBytes(StandardCharsets.US_ASCII)),
				COSName.FLATE_DECODE);
	}

	/** The text with any character the font cannot draw (an emoji, a rare ideograph) shown as 〓, never as a box. */
	private String printable(String text) throws IOException {
		var cmap = font().getUnicodeCmapLookup();
		StringBuilder out = new StringBuilder();
		text.codePoints().forEach(c -> out.appendCodePoint(cmap.getGlyphId(c) != 0 ? c : '〓'));
		return out.toString();
	}

	/** The font, parsed once: PDFBox reads the glyphs it subsets from it for every document. */
	private TrueTypeFont font() throws IOException {
		TrueTypeFont loaded = font;
		if (loaded == null) {
			synchronized (this) {
				if (font == null) {
					try (InputStream in = DocumentPdf.class.getResourceAsStream(FONT)) {
						if (in == null) {
							throw new IllegalStateException(FONT + " missing: it is unpacked by the build");
						}
						font = new TTFParser().parse(new RandomAccessReadBuffer(in));
					}
				}
				loaded = font;
			}
		}
		return loaded;
	}

	/** Lays text down the page and starts a new page at the bottom margin. */
	private static final class Writer {

		private final PDDocument document;

		private final PDType0Font font;

		private PDPageContentStream content;

		private float y;

		/** Every character written, for the ToUnicode map. */
		final Set<Integer> used = new TreeSet<>();

		private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;

		Writer(PDDocument document, PDType0Font font) throws IOException {
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

		void centred(String text, float size) throws IOException {
			line(text, size, (PDRectangle.A4.getWidth() - font.getStringWidth(text) / 1000 * size) / 2);
		}

		void right(String text) throws IOException {
			line(text, BODY_SIZE, PDRectangle.A4.getWidth() - MARGIN - font.getStringWidth(text) / 1000 * BODY_SIZE);
		}

		void gap() {
			y -= LEADING / 2;
		}

		/** A paragraph indented by two characters, wrapped character by character (CJK text has no spaces). */
		void paragraph(String text) throws IOException {
			String rest = "　　" + text;
			while (!rest.isEmpty()) {
				int end = 1;
				while (end < rest.length() && width(rest.substring(0, end + 1)) <= width) {
					end++;
				}
				if (end < rest.length() && NO_LINE_START.indexOf(rest.charAt(end)) >= 0) {
					end++; // 避头: closing punctuation never starts a line; it hangs in the margin
				}
				line(rest.substring(0, end), BODY_SIZE, MARGIN);
				rest = rest.substring(end);
			}
		}

		private float width(String text) throws IOException {
			return font.getStringWidth(text) / 1000 * BODY_SIZE;
		}

		private void line(String text, float size, float x) throws IOException {
			if (y - LEADING < MARGIN) {
				newPage();
			}
			y -= LEADING;
			text.codePoints().forEach(used::add);
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(x, y);
			content.showText(text);
			content.endText();
		}

		void close() throws IOException {
			content.close();
		}
	}
}
