package cn.oneteam.platform;

import java.io.Serializable;

import cn.oneteam.shared.RuleViolation;

/** A rule violation carried across a redirect, rendered by the layout as a localised alert. */
public record FlashMessage(String code, String[] arguments) implements Serializable {

	public static FlashMessage of(RuleViolation violation) {
		return new FlashMessage(violation.code(), violation.arguments());
	}

	public String detailKey() {
		return "problem." + code + ".detail";
	}
}
