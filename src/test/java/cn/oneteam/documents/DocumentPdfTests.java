package cn.oneteam.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The decision as PDF: the Chinese strings, number, date and amounts are in its text; the CJK font is embedded (a
 * subset) so every glyph prints anywhere; a character the font lacks prints as 〓, never as a missing-glyph box.
 */
class DocumentPdfTests {

	private final DocumentPdf pdf = new DocumentPdf();

	private static final DecisionDocument DECISION = new DecisionDocument("德令哈市综合行政执法局", "德综执罚决〔2026〕12号",
			"德令哈市某烧烤店", "你单位于2026年5月30日在禁止时段露天烧烤食品", "《中华人民共和国大气污染防治法》第八十一条第二款",
			"《中华人民共和国大气污染防治法》第一百一十八条第三款", List.of("警告"), new BigDecimal("1409.50"),
			"当事人所述已改正属实，予以采纳", LocalDate.of(2026, 7, 1),
			new DecisionDocument.Payment(15, new BigDecimal("0.03")));

	private static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
		}
	}

	@Test
	void theDecisionSaysWhatTheLawRequires() throws Exception {
		String text = text(pdf.decision(DECISION));
		assertThat(text).contains("行政处罚决定书", "德综执罚决〔2026〕12号", "当事人：德令哈市某烧烤店", "警告",
				"罚款人民币壹仟肆佰零玖元伍角（¥1,409.50）", "第一百一十八条第三款", "予以采纳", "15日内", "百分之3",
				"60日内依法申请行政复议", "6个月内依法向人民法院提起行政诉讼", "德令哈市综合行政执法局（印章）", "2026年7月1日");
		assertThat(text).doesNotContain("〓");
	}

	@Test
	void theCjkFontIsEmbeddedAndEveryGlyphDrawn() throws Exception {
		byte[] bytes = pdf.decision(DECISION);
		try (PDDocument document = Loader.loadPDF(bytes)) {
			for (var page : document.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font).isInstanceOf(PDType0Font.class);
					assertThat(font.isEmbedded()).isTrue();
					assertThat(font.getName()).contains("NotoSerifSC");
				}
			}
		}
		assertThat(bytes.length).isLessThan(200_000); // a subset, not the 14.8 MB font
	}

	@Test
	void aCharacterTheFontLacksPrintsAsAGetaMark() throws Exception {
		DecisionDocument odd = new DecisionDocument(DECISION.bodyName(), DECISION.number(), "某店🍢", DECISION.facts(),
				null, DECISION.penaltyProvision(), List.of(), new BigDecimal("200"), null, DECISION.decidedOn(),
				DECISION.payment());
		String text = text(pdf.decision(odd));
		assertThat(text).contains("当事人：某店〓", "你（单位）的上述行为违法", "罚款人民币贰佰元整（¥200.00）");
	}
}
