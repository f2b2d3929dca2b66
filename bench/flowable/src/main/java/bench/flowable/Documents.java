package bench.flowable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * 执法文书 as OneTeam issues them in the action's transaction: numbered per body, type and year, rendered to an A4 PDF
 * with the CJK font embedded as a subset (the same AR PL UMing face from the operating system's font package), kept with
 * its SHA-256. The peer's layout is a title and the case's lines, without OneTeam's templates.
 */
final class Documents {

	private final TrueTypeFont font;

	Documents(Path fontFile) {
		try (InputStream in = Files.newInputStream(fontFile)) {
			TrueTypeCollection collection = new TrueTypeCollection(in); // read into memory whole
			font = collection.getFontByName("UMingCN");
			if (font == null) {
				throw new IllegalStateException(fontFile + " has no face UMingCN");
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Issues a document of the case, numbered in the type's own series ({@code code}: 立, 告, 罚, 结 after the body's
	 * prefix), and returns what the record keeps of it.
	 */
	Map<String, Object> issue(long caseId, String type, String code, String title, List<String> lines, long by,
			LocalDate on) {
		Map<String, Object> org = Sql.row("""
				select o.id, o.number_prefix from peer_organization o join peer_case c on c.organization_id = o.id
				where c.id = ?""", caseId).orElseThrow();
		int n = ((Number) Sql.value("""
				insert into peer_document_number values (?, ?, ?, 1) on conflict (organization_id, type, year)
				do update set last = peer_document_number.last + 1 returning last""", org.get("id"), type, on.getYear())
			.orElseThrow()).intValue();
		String number = org.get("number_prefix") + code + "〔" + on.getYear() + "〕" + n + "号";
		byte[] pdf = render(title, number, lines);
		String digest = Record.sha256(pdf);
		long id = ((Number) Sql.value("""
				insert into peer_document (case_id, type, number, content, sha256, issued_by, issued_at)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", caseId, type, number, pdf, digest, by,
				OffsetDateTime.now(Rules.CHINA)).orElseThrow()).longValue();
		Map<String, Object> issued = new LinkedHashMap<>();
		issued.put("document", id);
		issued.put("type", type);
		issued.put("number", number);
		issued.put("sha256", digest);
		return issued;
	}

	private byte[] render(String title, String number, List<String> lines) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			PDType0Font cjk = PDType0Font.load(document, font, true);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.setFont(cjk, 20);
				text.newLineAtOffset(200, 780);
				text.showText(title);
				text.setFont(cjk, 12);
				text.newLineAtOffset(-130, -36);
				text.showText(number);
				for (String line : lines) {
					text.newLineAtOffset(0, -22);
					text.showText(line);
				}
				text.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
