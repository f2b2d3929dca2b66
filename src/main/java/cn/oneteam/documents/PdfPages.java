package cn.oneteam.documents;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A4 pages written from the top down in the documents' font ({@link DocumentPdf#embed}), a new page at the bottom
 * margin; every character written is kept for the ToUnicode map {@link DocumentPdf#save} writes.
 */
public class PdfPages {

	protected final PDDocument document;

	protected final PDType0Font font;

	/** Every character written, for the ToUnicode map. */
	protected final Set<Integer> used = new TreeSet<>();

	protected final float margin;

	protected PDPageContentStream content;

	/** The baseline of the last line written. */
	protected float y;

	public PdfPages(PDDocument document, PDType0Font font, float margin) throws IOException {
		this.document = document;
		this.font = font;
		this.margin = margin;
		newPage();
	}

	protected void newPage() throws IOException {
		if (content != null) {
			content.close();
		}
		PDPage page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		content = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - margin;
	}

	protected float width(String text, float size) throws IOException {
		return font.getStringWidth(text) / 1000 * size;
	}

	/** The text at a point, in the documents' font. */
	protected void text(String text, float size, float x, float baseline) throws IOException {
		text.codePoints().forEach(used::add);
		content.beginText();
		content.setFont(font, size);
		content.newLineAtOffset(x, baseline);
		content.showText(text);
		content.endText();
	}

	/** The bytes of the document, the font subset with its ToUnicode map. */
	public byte[] save(DocumentPdf pdf) throws IOException {
		content.close();
		return pdf.save(document, font, used);
	}
}
