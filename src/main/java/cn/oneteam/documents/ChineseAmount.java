package cn.oneteam.documents;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * 大写金额 by the People's Bank rules (docs/legal/records.md#amounts-in-words): 壹贰叁… with 拾佰仟 inside each group of four digits
 * and 万, 亿 between groups; zeros inside the number read as one 零; an amount ending at 元 takes 整; 元 followed by
 * 零 when 角 is zero and 分 is not; a leading 1 in the tens place written 壹拾. Where the rules allow both, the
 * shorter form is written (¥1,680.32 → 壹仟陆佰捌拾元叁角贰分).
 */
public final class ChineseAmount {

	private static final String DIGITS = "零壹贰叁肆伍陆柒捌玖";

	private static final String[] PLACES = { "", "拾", "佰", "仟" };

	private static final String[] GROUPS = { "", "万", "亿", "万亿" };

	/** The largest amount written: below a trillion yuan (four groups of four digits). */
	static final BigDecimal LIMIT = new BigDecimal("10000000000000000");

	private ChineseAmount() {
	}

	/** The amount in yuan, to the fen, in upper case: 1409.50 → 壹仟肆佰零玖元伍角. */
	public static String upper(BigDecimal yuan) {
		if (yuan.signum() < 0 || yuan.compareTo(LIMIT) >= 0 || yuan.stripTrailingZeros().scale() > 2) {
			throw new IllegalArgumentException("not an amount in yuan and fen: " + yuan.toPlainString());
		}
		BigDecimal fen = yuan.movePointRight(2).setScale(0, RoundingMode.UNNECESSARY);
		long whole = fen.divideToIntegralValue(BigDecimal.valueOf(100)).longValueExact();
		int jiao = fen.remainder(BigDecimal.valueOf(100)).intValue() / 10;
		int cents = fen.remainder(BigDecimal.TEN).intValue();
		StringBuilder text = new StringBuilder(whole == 0 && (jiao > 0 || cents > 0) ? "" : integer(whole) + "元");
		if (jiao == 0 && cents == 0) {
			return text.append("整").toString();
		}
		if (jiao > 0) {
			text.append(DIGITS.charAt(jiao)).append('角');
		}
		else if (whole > 0) {
			text.append('零'); // 元 followed by 零 when 角 is zero and 分 is not
		}
		if (cents > 0) {
			text.append(DIGITS.charAt(cents)).append('分');
		}
		return text.toString();
	}

	/** The amount in figures as documents print it beside the upper case: ¥1,409.50. */
	public static String figures(BigDecimal yuan) {
		return new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(yuan);
	}

	private static String integer(long value) {
		if (value == 0) {
			return "零";
		}
		StringBuilder text = new StringBuilder();
		boolean zeroPending = false;
		int groups = (int) Math.ceil(String.valueOf(value).length() / 4.0);
		for (int g = groups - 1; g >= 0; g--) {
			int group = (int) (value / (long) Math.pow(10000, g) % 10000);
			if (group == 0) {
				zeroPending = text.length() > 0;
				continue;
			}
			for (int p = 3; p >= 0; p--) {
				int digit = group / (int) Math.pow(10, p) % 10;
				if (digit == 0) {
					zeroPending = text.length() > 0;
					continue;
				}
				if (zeroPending) {
					text.append('零');
					zeroPending = false;
				}
				text.append(DIGITS.charAt(digit)).append(PLACES[p]);
			}
			text.append(GROUPS[g]);
		}
		return text.toString();
	}
}
