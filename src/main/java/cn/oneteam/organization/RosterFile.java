package cn.oneteam.organization;

import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import cn.oneteam.shared.UploadedTable;

/**
 * A roster file read by the shared {@link UploadedTable} (CSV in UTF-8 or the first sheet of an .xlsx, blank rows
 * skipped, rows numbered as a spreadsheet shows them), the header in Chinese or English
 * (docs/adr/0048-onboarding-a-county.md).
 */
record RosterFile(Map<RosterFile.Column, String> header, List<UploadedTable.Line<RosterFile.Column>> lines) {

	/**
	 * The columns and the header names each is known by, in any case: first the Chinese one the example file uses,
	 * then the English one, then common alternatives (docs/adr/0048-onboarding-a-county.md).
	 */
	enum Column {

		NAME(true, "姓名", "name"), ID_NUMBER(true, "身份证号码", "id_number", "身份证号", "公民身份号码"),
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

	/** Reads the file through the shared reader; the required columns are checked on the header. */
	static RosterFile read(String fileName, byte[] content, int maxRows) {
		UploadedTable.Table<Column> table = UploadedTable.read(fileName, new ByteArrayInputStream(content), maxRows,
				Column::named, header -> {
					List<String> missing = Arrays.stream(Column.values())
						.filter(c -> c.required && !header.containsKey(c))
						.map(c -> c.names.get(0))
						.toList();
					if (!missing.isEmpty()) {
						throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.header-invalid",
								String.join("、", missing));
					}
				});
		if (table.lines().isEmpty()) {
			throw new OrganizationViolation(OrganizationViolation.BAD_REQUEST, "onboard.empty");
		}
		return new RosterFile(table.header(), table.lines());
	}
}
