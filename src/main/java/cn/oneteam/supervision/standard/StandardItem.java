package cn.oneteam.supervision.standard;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * An item of a scoring standard (docs/adr/0034-scoring-standards-and-self-review.md): a veto item (否决项, no points)
 * or a scored item worth {@code points} in its category; checked by the system when it names a {@code machineCheck},
 * otherwise scored by a reviewer.
 */
public record StandardItem(long id, String code, int position, Kind kind, Category category, BigDecimal points,
		@Nullable MachineCheck machineCheck, String titleZh, String titleEn) {

	/** 否决项 or 评分项. */
	public enum Kind {
		VETO, SCORED
	}

	/** 形式 (the file's form) or 内容 (its content). */
	public enum Category {
		FORM, CONTENT
	}

	public boolean machineChecked() {
		return machineCheck != null;
	}

	/** The title in the viewer's language. */
	public String title(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? titleEn : titleZh;
	}
}
