package cn.oneteam.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * Figures for the closing note, printed (no timing is asserted): render time over 100 runs, median and 95th
 * percentile, and size, of the one-page decision and of a multi-page seizure decision with a 120-item inventory.
 */
class DocumentPdfFiguresTests {

	private final DocumentPdf pdf = new DocumentPdf();

	@Test
	void printsRenderTimesAndSizes() throws Exception {
		DocumentPdfTests.longSeizure(pdf); // the font parsed once
		byte[] decision = measure("decision (1 page)", () -> DocumentPdfTests.render(pdf, DocumentPdfTests.DECISION));
		byte[] seizure = measure("seizure decision with 120 items", () -> DocumentPdfTests.longSeizure(pdf));
		try (PDDocument document = Loader.loadPDF(seizure)) {
			System.out.printf("documents: seizure decision %d pages%n", document.getNumberOfPages());
			assertThat(document.getNumberOfPages()).isGreaterThan(2);
		}
		assertThat(decision.length).isLessThan(seizure.length);
	}

	private static byte[] measure(String what, java.util.function.Supplier<byte[]> render) {
		long[] nanos = new long[100];
		byte[] last = null;
		for (int i = 0; i < nanos.length; i++) {
			long start = System.nanoTime();
			last = render.get();
			nanos[i] = System.nanoTime() - start;
		}
		Arrays.sort(nanos);
		System.out.printf("documents: %s median %.1f ms, p95 %.1f ms over 100, %d KB%n", what, nanos[49] / 1e6,
				nanos[94] / 1e6, last.length / 1024);
		return last;
	}
}
