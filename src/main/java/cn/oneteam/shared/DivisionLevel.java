package cn.oneteam.shared;

import java.util.Arrays;
import java.util.Optional;

/** 区划层级: province → city → county → township → village, by code length. */
public enum DivisionLevel {

	PROVINCE(2), CITY(4), COUNTY(6), TOWNSHIP(9), VILLAGE(12);

	private final int codeLength;

	DivisionLevel(int codeLength) {
		this.codeLength = codeLength;
	}

	public int codeLength() {
		return codeLength;
	}

	public Optional<DivisionLevel> parent() {
		return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
	}

	static DivisionLevel ofLength(int length) {
		return Arrays.stream(values()).filter(l -> l.codeLength == length).findFirst()
			.orElseThrow(() -> new IllegalArgumentException("no division level has codes of length " + length));
	}
}
