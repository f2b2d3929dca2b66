package cn.oneteam.documents;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** How decisions and notices word a penalty and the surcharge rate (处罚法 §59; 强制法 §45: the rate told). */
public final class PenaltyWording {

	private PenaltyWording() {
	}

	/** The kinds named, then the fine in upper case and in figures: 警告；罚款人民币贰仟元整（¥2,000.00）. */
	public static String penalty(List<String> kinds, @Nullable BigDecimal fine) {
		List<String> parts = new ArrayList<>(kinds);
		if (fine != null) {
			parts.add("罚款人民币" + ChineseAmount.upper(fine) + "（" + ChineseAmount.figures(fine) + "）");
		}
		return String.join("；", parts);
	}

	/** A daily rate as the decision words it, in per cent: 0.03 → 3. */
	public static String percent(BigDecimal rate) {
		return rate.movePointRight(2).stripTrailingZeros().toPlainString();
	}
}
