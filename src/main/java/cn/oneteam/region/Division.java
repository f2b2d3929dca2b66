package cn.oneteam.region;

import cn.oneteam.shared.DivisionCode;
import cn.oneteam.shared.DivisionLevel;
import org.jspecify.annotations.Nullable;

/** 行政区划: one division of the national tree. */
public record Division(DivisionCode code, String name, @Nullable DivisionCode parentCode, int childCount) {

	public DivisionLevel level() {
		return code.level();
	}

	public @Nullable TownshipKind townshipKind() {
		return TownshipKind.of(code);
	}
}
