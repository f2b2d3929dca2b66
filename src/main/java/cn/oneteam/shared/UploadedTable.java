package cn.oneteam.shared;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 上传的表格: an uploaded CSV or Excel file read row by row, the one reader of every import
 * (docs/adr/0049-importing-empowerment-lists.md, "Reading a file"). The kind is chosen by the file's name (.csv or
 * .xlsx, first sheet). A CSV must be UTF-8 — decoded strictly, a byte order mark dropped — and any other bytes (an
 * Excel "CSV" saved in GB18030, say) are refused with 400 {@code upload.file-encoding} rather than guessed at. The
 * first non-blank row is the header: each cell is mapped to a column by the caller's names, blank and unknown cells
 * are ignored, a column named twice is refused (400 {@code upload.header-repeated}). Rows whose cells are all blank are
 * skipped in both kinds, and every row keeps its number as a spreadsheet shows it (the first line is row 1, blank rows
 * counted). The row cap is applied while reading, so an oversized or zip-bomb sheet is refused (400
 * {@code upload.too-many-rows}) before it is held in memory. A file that cannot be parsed answers a fixed message, the
 * row when known; the library's own text is logged only (docs/adr/0012-bad-input.md).
 */
public final class UploadedTable {

	private static final Logger log = LoggerFactory.getLogger(UploadedTable.class);

	private UploadedTable() {
	}

	/** A data row: its number as a spreadsheet shows it and its trimmed cells by column (absent cells empty). */
	public record Line<C>(int row, Map<C, String> cells) {

		public String get(C column) {
			return cells.getOrDefault(column, "");
		}
	}

	/** A file read whole: the header cell each column was found under, and the data rows. */
	public record Table<C>(Map<C, String> header, List<Line<C>> lines) {
	}

	/** Whether the file's name is one the reader takes (.csv or .xlsx, in any case). */
	public static boolean readable(String fileName) {
		String name = fileName.toLowerCase(Locale.ROOT);
		return name.endsWith(".csv") || name.endsWith(".xlsx");
	}

	/**
	 * Reads the whole file into memory (at most {@code maxRows} data rows); {@code header} sees the header first and
	 * may refuse it (say, a required column missing).
	 */
	public static <C> Table<C> read(String fileName, InputStream content, int maxRows,
			Function<String, Optional<C>> columns, Consumer<Map<C, String>> header) {
		List<Line<C>> lines = new ArrayList<>();
		Map<C, String> found = stream(fileName, content, maxRows, columns, header, lines::add);
		return new Table<>(found, Collections.unmodifiableList(lines));
	}

	/**
	 * Hands every data row to {@code rows} as it is read, at most {@code maxRows} of them; the header's columns are
	 * answered (empty when the file has no header row).
	 */
	public static <C> Map<C, String> stream(String fileName, InputStream content, int maxRows,
			Function<String, Optional<C>> columns, Consumer<Map<C, String>> header, Consumer<Line<C>> rows) {
		if (!readable(fileName)) {
			throw new RuleViolation(RuleViolation.BAD_REQUEST, "upload.file-type", fileName);
		}
		Rows<C> reader = new Rows<>(maxRows, columns, header, rows);
		if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
			xlsx(content, reader);
		}
		else {
			csv(content, reader);
		}
		return reader.header == null ? Map.of() : reader.header;
	}

	private static void csv(InputStream content, Rows<?> reader) {
		var decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (BufferedReader text = new BufferedReader(new InputStreamReader(content, decoder), 1 << 16);
				CSVParser parser = CSVParser.builder()
					.setReader(withoutBom(text))
					.setFormat(CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get())
					.get()) {
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>(record.size());
				record.forEach(cells::add);
				reader.add((int) record.getRecordNumber(), cells);
			}
		}
		catch (CallerFailed e) {
			throw e.getCause();
		}
		catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
			throw unreadable(e, reader.lastRow + 1);
		}
	}

	private static BufferedReader withoutBom(BufferedReader text) throws IOException {
		text.mark(1);
		if (text.read() != '\uFEFF') {
			text.reset();
		}
		return text;
	}

	private static void xlsx(InputStream content, Rows<?> reader) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(content);
				Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			for (Row row : (Iterable<Row>) rows::iterator) {
				List<String> cells = new ArrayList<>(row.getCellCount());
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c));
				}
				reader.add(row.getRowNum(), cells);
			}
		}
		catch (CallerFailed e) {
			throw e.getCause();
		}
		catch (RuleViolation violation) {
			throw violation;
		}
		catch (IOException | RuntimeException e) {
			throw unreadable(e, reader.lastRow + 1);
		}
	}

	/** A fixed, localised answer; the library's text is only logged (docs/adr/0012-bad-input.md). */
	private static RuleViolation unreadable(Exception e, int row) {
		log.debug("An uploaded file could not be read near row {}", row, e);
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return new RuleViolation(RuleViolation.BAD_REQUEST, "upload.file-encoding");
			}
		}
		return new RuleViolation(RuleViolation.BAD_REQUEST, "upload.file-unreadable", row);
	}

	/** What the caller's header check or row handler threw, carried past the reader's own catching unchanged. */
	private static final class CallerFailed extends RuntimeException {

		private CallerFailed(RuntimeException cause) {
			super(cause);
		}

		@Override
		public synchronized RuntimeException getCause() {
			return (RuntimeException) super.getCause();
		}

		static void pass(Runnable work) {
			try {
				work.run();
			}
			catch (RuntimeException e) {
				throw new CallerFailed(e);
			}
		}
	}

	/** The header first, then the data rows up to the cap, blank rows skipped. */
	private static final class Rows<C> {

		private final int maxRows;

		private final Function<String, Optional<C>> columns;

		private final Consumer<Map<C, String>> headerCheck;

		private final Consumer<Line<C>> handler;

		private @Nullable Map<C, String> header;

		private final List<@Nullable C> positions = new ArrayList<>();

		private int count;

		private int lastRow;

		Rows(int maxRows, Function<String, Optional<C>> columns, Consumer<Map<C, String>> headerCheck,
				Consumer<Line<C>> handler) {
			this.maxRows = maxRows;
			this.columns = columns;
			this.headerCheck = headerCheck;
			this.handler = handler;
		}

		void add(int row, List<String> raw) {
			lastRow = row;
			List<String> cells = raw.stream().map(c -> c == null ? "" : c.strip()).toList();
			if (cells.stream().allMatch(String::isEmpty)) {
				return;
			}
			if (header == null) {
				header = new LinkedHashMap<>();
				for (String text : cells) {
					C column = text.isEmpty() ? null : columns.apply(text).orElse(null);
					positions.add(column);
					if (column != null && header.putIfAbsent(column, text) != null) {
						throw new RuleViolation(RuleViolation.BAD_REQUEST, "upload.header-repeated", text);
					}
				}
				header = Collections.unmodifiableMap(header);
				CallerFailed.pass(() -> headerCheck.accept(header));
				return;
			}
			if (++count > maxRows) {
				throw new RuleViolation(RuleViolation.BAD_REQUEST, "upload.too-many-rows", maxRows);
			}
			Map<C, String> values = new HashMap<>();
			for (int c = 0; c < Math.min(cells.size(), positions.size()); c++) {
				C column = positions.get(c);
				if (column != null) {
					values.put(column, cells.get(c));
				}
			}
			CallerFailed.pass(() -> handler.accept(new Line<>(row, values)));
		}
	}
}
