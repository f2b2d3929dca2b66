package cn.oneteam.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.oneteam.shared.PersonalData.Kind;

/**
 * The masking corpus (docs/adr/0010-personal-data-masking.md): personal data in every common spelling, and look-alikes
 * that must stay as written. Used by the masking tests and by the walk of the public surface.
 */
public final class PersonalDataCorpus {

	/** Personal data as people type it, with its kind. */
	public static final Map<String, Kind> POSITIVES = linked(
			// resident ID numbers, 18 and 15 characters, X either case, spaced 6-8-4, full-width
			Map.entry("11010519491231002X", Kind.ID_NUMBER), Map.entry("11010519491231002x", Kind.ID_NUMBER),
			Map.entry("440524188001010014", Kind.ID_NUMBER), Map.entry("360426199101010071", Kind.ID_NUMBER),
			Map.entry("632802199012150036", Kind.ID_NUMBER), Map.entry("36042619910102009X", Kind.ID_NUMBER),
			Map.entry("810000199408230021", Kind.ID_NUMBER), Map.entry("932802198807160028", Kind.ID_NUMBER),
			Map.entry("632802 19900101 123X", Kind.ID_NUMBER), Map.entry("110105491231002", Kind.ID_NUMBER),
			Map.entry("632802850101123", Kind.ID_NUMBER),
			Map.entry("６３２８０２１９９０１２１５００３６", Kind.ID_NUMBER),
			// mobiles in every common spelling
			Map.entry("13800138000", Kind.MOBILE), Map.entry("19912345678", Kind.MOBILE),
			Map.entry("+8613800138000", Kind.MOBILE), Map.entry("+86 13800138000", Kind.MOBILE),
			Map.entry("+86-138-0013-8000", Kind.MOBILE), Map.entry("0086 13800138000", Kind.MOBILE),
			Map.entry("008613800138000", Kind.MOBILE), Map.entry("86-13800138000", Kind.MOBILE),
			Map.entry("(+86)13800138000", Kind.MOBILE), Map.entry("（+86）138 0013 8000", Kind.MOBILE),
			Map.entry("138 0013 8000", Kind.MOBILE), Map.entry("138-0013-8000", Kind.MOBILE),
			Map.entry("1380 0138 000", Kind.MOBILE), Map.entry("013800138000", Kind.MOBILE),
			Map.entry("１３８００１３８０００", Kind.MOBILE), Map.entry("＋８６１３８００１３８０００", Kind.MOBILE),
			// landlines with an area code
			Map.entry("0971-1234567", Kind.LANDLINE), Map.entry("(0971)1234567", Kind.LANDLINE),
			Map.entry("（0971）8123456", Kind.LANDLINE), Map.entry("0977 8123456", Kind.LANDLINE),
			Map.entry("010-12345678", Kind.LANDLINE), Map.entry("09778123456", Kind.LANDLINE),
			Map.entry("021 62345678", Kind.LANDLINE),
			// e-mail
			Map.entry("wang.ming@example.cn", Kind.EMAIL), Map.entry("li_si+tousu@mail.qh.gov.cn", Kind.EMAIL),
			Map.entry("13800138000@163.com", Kind.EMAIL), Map.entry("Zhang.San@Example.COM", Kind.EMAIL),
			// passports and travel permits
			Map.entry("E12345678", Kind.PASSPORT), Map.entry("EA1234567", Kind.PASSPORT),
			Map.entry("G1234567", Kind.PASSPORT), Map.entry("G12345678", Kind.PASSPORT),
			Map.entry("C12345678", Kind.PASSPORT), Map.entry("e12345678", Kind.PASSPORT),
			// bank cards, 16–19 digits, run together or in groups of four
			Map.entry("6222021234567890", Kind.BANK_CARD), Map.entry("6222021234567890123", Kind.BANK_CARD),
			Map.entry("6222 0212 3456 7890", Kind.BANK_CARD), Map.entry("6222 0212 3456 7890 123", Kind.BANK_CARD),
			Map.entry("6228-4801-2345-6789", Kind.BANK_CARD), Map.entry("62148301234567890", Kind.BANK_CARD));

	/** Text that looks like personal data but is not, and must come out as it went in. */
	public static final List<String> NEGATIVES = List.of("2026-12-06", "2026年12月6日", "2026/12/06 14:30", "20261206",
			"2026-12-06T10:15:30+08:00", "罚款5000元", "罚款 50,000.00 元", "罚款人民币壹万元（10000元）", "查询编号SJ20261127K7QX3M",
			"SJ20261127K7QX3M", "行政区划632802001", "村代码632802001001", "事项DEMO-DQ-118-1", "德综执告〔2026〕3号",
			"德综执罚决字〔2026〕第0012号", "国办发〔2018〕118号", "《大气污染防治法》第一百一十八条第一款", "依据第118条第1款",
			"统一社会信用代码91350100M0001TGQXM", "车牌青H12345", "热线12345", "报警110", "坐标37.3705,97.3605",
			"面积1380平方米", "GB/T 2260-2007", "GB 11643-1999", "ISO 7064", "罚款数额的3%", "10:00-12:00", "第2版",
			"15日内缴纳", "邮编817000", "门牌号长江路18号3单元401室", "宽3.5米长12米", "60日", "6个月",
			"时间2026-11-27 08:30至09:45");

	private PersonalDataCorpus() {
	}

	/** The raw values of the positives, in order. */
	public static List<String> positives() {
		return List.copyOf(POSITIVES.keySet());
	}

	@SafeVarargs
	private static Map<String, Kind> linked(Map.Entry<String, Kind>... entries) {
		Map<String, Kind> map = new LinkedHashMap<>();
		for (Map.Entry<String, Kind> entry : entries) {
			map.put(entry.getKey(), entry.getValue());
		}
		return java.util.Collections.unmodifiableMap(map);
	}
}
