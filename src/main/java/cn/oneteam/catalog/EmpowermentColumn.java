package cn.oneteam.catalog;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an empowerment list file: a header cell may give the Chinese name or the English one
 * (docs/adr/0049-importing-empowerment-lists.md).
 */
enum EmpowermentColumn {

	TOWNSHIP("乡镇代码", true), MATTER("事项编码", true), MODE("方式", true), ACTING_ORG("实施机关代码", false),
	NAME_ORG("名义机关代码", false), INSTRUMENT_NUMBER("文号", true), INSTRUMENT_PUBLISHED("发文日期", true),
	INSTRUMENT_TERM_TO("委托期限至", false), EFFECTIVE_FROM("生效日期", true), EFFECTIVE_TO("终止日期", false);

	final String chinese;

	/** Whether the header must have the column (a value may still be optional for some modes). */
	final boolean required;

	EmpowermentColumn(String chinese, boolean required) {
		this.chinese = chinese;
		this.required = required;
	}

	String english() {
		return name().toLowerCase(Locale.ROOT);
	}

	static Optional<EmpowermentColumn> named(String header) {
		return Arrays.stream(values())
			.filter(c -> c.chinese.equals(header.strip()) || c.english().equalsIgnoreCase(header.strip()))
			.findFirst();
	}
}
