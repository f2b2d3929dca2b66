package cn.oneteam.disclosure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code oneteam.disclosure.open-data} (docs/adr/0045-annual-enforcement-statistics.md): the terms under which the
 * portal's open data may be republished, in Chinese ({@code terms}) and English ({@code terms-en}), and where the full
 * text is ({@code terms-url}, optional). The operator sets them; the defaults say what the portal itself can promise.
 */
@ConfigurationProperties("oneteam.disclosure.open-data")
record OpenDataSettings(
		@DefaultValue("本平台公开数据可免费获取和再发布，请注明来源并保持内容完整，不得歪曲。") String terms,
		@DefaultValue("The portal's open data may be obtained and republished free of charge; name the source, keep the "
				+ "content whole and do not distort it.") String termsEn,
		@Nullable String termsUrl) {
}
