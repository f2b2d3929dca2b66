package cn.oneteam.whistle;

import java.util.Locale;

/** 吹哨类型 (日常吹哨, 应急吹哨 …) with its default response requirement; configuration data. */
public record WhistleType(String code, String nameZh, String nameEn, ResponseRequirement requirement) {

	public String name(Locale locale) {
		return "zh".equals(locale.getLanguage()) ? nameZh : nameEn;
	}
}
