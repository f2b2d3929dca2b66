package cn.oneteam.organization;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * A roster file read: CSV (UTF-8, a byte order mark skipped) or the first sheet of an .xlsx, the header in Chinese or
 * English, every data row with its number as a spreadsheet shows it (the header is row 1), cells trimmed, blank rows
 * left out (docs/adr/0048-onboarding-a-county.md).
 */
record RosterFile(Map<RosterFile.Column, String> header, List<Line> lines) {

	/** The columns; the first name is the Chinese header the example file uses, the second the English one. */
	enum Column {

		NAME(true, "姓名", "name"), ID_NUMBER(true, "身份证号码", "id_number", "公民身份号码"),
		CATEGORY(true, "人员类别", "category"), POST_KIND(false, "编制类别", "post_kind"), TEAM(false, "所属队伍", "team"),
		LEGAL_REVIEWER(false, "法制审核人员", "legal_reviewer"), LEGAL_QUALIFIED(false, "法律职业资格", "legal_qualified"),
		JOINED_ON(false, "入职日期", "joined_on"), CERTIFICATE_NUMBER(false, "执法证号", "certificate_number"),
		CERTIFICATE_ISSUER(false, "发证机关", "certificate_issuer"),
		CERTIFICATE_DOMAINS(false, "执法领域", "certificate_domains"),
		CERTIFICATE_VALID_FROM(false, "有效期起", "certificate_valid_from"),
		CERTIFICATE_VALID_TO(false, "有效期至", "certificate_valid_to");

		final boolean required;

		final List<String> names;

		Column(boolean required, String... names) {
			this.required = required;
			this.names = List.of(names);
		}

		static Optional<Column> named(String header) {
			String name = header.strip().toLowerCase(Locale.ROOT);
			for (Column c : values()) {
				if (c.names.contains(name)) {
					return Optional.of(c);
				}
			}
			return Optional.empty();
		}
	}

	/** One data row. */
	record Line(int row, Map<Column, String> cells) {

		String get(Column column) {
			return cells.getOrDefault(column, "");
		}
	}

	static RosterFile read(String fileName, byte[] content, int maxRows) {
		String name = fileName.toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv")) {
			return csv(content, maxRows);
		}
		if (name.endsWith(".xlsx")) {
			return xlsx(content, maxRows);
		}
		throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.file-type", fileName);
	}

	private static RosterFile csv(byte[] content, int maxRows) {
		try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder()
					.setReader(reader)
					.setFormat(CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(true).get())
					.get()) {
			Builder builder = new Builder(maxRows);
			for (CSVRecord record : parser) {
				List<String> cells = new ArrayList<>();
				record.forEach(cells::add);
				if (builder.header == null && !cells.isEmpty()) {
					cells.set(0, cells.get(0).replace("\uFEFF", "").strip());
				}
				builder.add((int) record.getRecordNumber(), cells);
			}
			return builder.build();
		}
		catch (IOException | IllegalArgumentException | IllegalStateException e) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.file-unreadable",
					String.valueOf(e.getMessage()));
		}
	}

	private static RosterFile xlsx(byte[] content, int maxRows) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				java.util.stream.Stream<Row> rows = workbook.getFirstSheet().openStream()) {
			Builder builder = new Builder(maxRows);
			for (Row row : (Iterable<Row>) rows::iterator) {
				List<String> cells = new ArrayList<>();
				for (int c = 0; c < row.getCellCount(); c++) {
					cells.add(row.getCellText(c).strip());
				}
				builder.add(row.getRowNum(), cells);
			}
			return builder.build();
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof OrganizationViolation violation) {
				throw violation;
			}
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.file-unreadable",
					String.valueOf(e.getMessage()));
		}
	}

	/** The header first, then the data rows up to the cap. */
	private static final class Builder {

		private final int maxRows;

		private Map<Column, String> header;

		private final List<Column> positions = new ArrayList<>();

		private final List<Line> lines = new ArrayList<>();

		Builder(int maxRows) {
			this.maxRows = maxRows;
		}

		void add(int row, List<String> cells) {
			if (cells.stream().allMatch(String::isBlank)) {
				return;
			}
			if (header == null) {
				header = new EnumMap<>(Column.class);
				for (String text : cells) {
					Column column = Column.named(text).orElse(null);
					positions.add(column);
					if (column != null && header.putIfAbsent(column, text.strip()) != null) {
						throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.header-repeated",
								text.strip());
					}
				}
				List<String> missing = java.util.Arrays.stream(Column.values())
					.filter(c -> c.required && !header.containsKey(c))
					.map(c -> c.names.get(0))
					.toList();
				if (!missing.isEmpty()) {
					throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.header-invalid",
							String.join("、", missing));
				}
				return;
			}
			if (lines.size() == maxRows) {
				throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.too-many-rows", maxRows);
			}
			Map<Column, String> values = new EnumMap<>(Column.class);
			for (int c = 0; c < Math.min(cells.size(), positions.size()); c++) {
				if (positions.get(c) != null) {
					values.put(positions.get(c), cells.get(c).strip());
				}
			}
			lines.add(new Line(row, values));
		}

		RosterFile build() {
			if (header == null || lines.isEmpty()) {
				throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.empty");
			}
			return new RosterFile(header, List.copyOf(lines));
		}
	}
}
