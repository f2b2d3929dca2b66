package cn.oneteam.catalog;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import cn.oneteam.shared.RuleViolation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * The data rows of an uploaded CSV (UTF-8, with or without a byte order mark) or Excel (.xlsx, first sheet) file,
 * shared by the catalogue's imports: the first row names the columns, cells are trimmed and lose the apostrophe an
 * export put before a formula-like value (docs/adr/0012-bad-input.md), blank rows of a sheet are skipped.
 */
final class UploadedRows {

	private UploadedRows() {
	}

	/** A data row: its number in the file (the header is row 1) and its cells by column. */
	record Line(int number, Map<String, String> cells) {
	}

	/**
	 * Reads the file; {@code header} checks the header's cells (throwing a rule violation when they do not fit) and
	 * gives the column name each position stands for.
	 */
	static List<Line> read(byte[] content, boolean xlsx, UnaryOperator<List<String>> header) {
		return xlsx ? readXlsx(content, header) : readCsv(content, header);
	}

	private static List<Line> readCsv(byte[] content, UnaryOperator<List<String>> header) {
		try (CSVParser parser = CSVParser.builder()
			.setReader(new InputStreamReader(new ByteArrayInputStream(stripBom(content)), StandardCharsets.UTF_8))
			.setFormat(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get())
			.get()) {
			List<String> columns = header.apply(parser.getHeaderNames());
			List<Line> lines = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> cells = new HashMap<>();
				for (int c = 0; c < Math.min(columns.size(), record.size()); c++) {
					cells.put(columns.get(c), CatalogTransfer.uncell(record.get(c)));
				}
				lines.add(new Line((int) record.getRecordNumber() + 1, cells));
			}
			return lines;
		}
		catch (IOException | IllegalArgumentException | IllegalStateException e) {
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "import.file-unreadable", e.getMessage());
		}
	}

	private static List<Line> readXlsx(byte[] content, UnaryOperator<List<String>> header) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			List<Row> rows = workbook.getFirstSheet().read();
			List<String> names = new ArrayList<>();
			if (!rows.isEmpty()) {
				rows.get(0).forEach(cell -> names.add(cell == null ? "" : cell.getText().trim()));
			}
			List<String> columns = header.apply(names);
			List<Line> lines = new ArrayList<>();
			for (Row row : rows.subList(Math.min(1, rows.size()), rows.size())) {
				Map<String, String> cells = new HashMap<>();
				for (int c = 0; c < columns.size(); c++) {
					cells.put(columns.get(c), CatalogTransfer.uncell(row.getCellText(c).trim()));
				}
				if (cells.values().stream().anyMatch(v -> !v.isEmpty())) {
					lines.add(new Line(row.getRowNum(), cells));
				}
			}
			return lines;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof RuleViolation violation) {
				throw violation;
			}
			throw new CatalogViolation(CatalogViolation.BAD_REQUEST, "import.file-unreadable", String.valueOf(e.getMessage()));
		}
	}

	private static byte[] stripBom(byte[] content) {
		return content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB && content[2] == (byte) 0xBF
				? Arrays.copyOfRange(content, 3, content.length) : content;
	}
}
