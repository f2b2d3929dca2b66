package cn.oneteam.platform;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.WebUtils;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.ValueDeserializerModifier;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * One place where bad input is refused for every endpoint (docs/adr/0012-bad-input.md): every text of a JSON body
 * (values and keys, in records, lists, maps and free JSON trees) is checked for control characters and lone
 * surrogates, and every date of a JSON body or request parameter for its year; request parameters themselves are
 * checked by {@link RequestInputFilter}.
 */
@Configuration(proxyBeanMethods = false)
class InputChecksConfiguration implements WebMvcConfigurer {

	@Bean
	JacksonModule inputChecksModule() {
		return new SimpleModule("oneteam-input-checks").setDeserializerModifier(new CheckingModifier());
	}

	/** Request parameters and path variables of a date type: ISO 8601 as before, within the years allowed. */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		// the ISO forms @DateTimeFormat(iso = DATE | DATE_TIME) took: an offset may follow a local date or time
		registry.addConverter(String.class, LocalDate.class, parsed(text -> LocalDate.parse(text, DateTimeFormatter.ISO_DATE)));
		registry.addConverter(String.class, LocalDateTime.class,
				parsed(text -> LocalDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME)));
		registry.addConverter(String.class, OffsetDateTime.class,
				parsed(text -> OffsetDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME)));
		registry.addConverter(String.class, ZonedDateTime.class,
				parsed(text -> ZonedDateTime.parse(text, DateTimeFormatter.ISO_DATE_TIME)));
		registry.addConverter(String.class, Instant.class, parsed(Instant::parse));
	}

	/** Text fields of a multipart form (a page's form with a photo), once the parts are parsed. */
	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				if (WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class) != null) {
					request.getParameterMap().forEach((name, values) -> {
						BadInput.checkText("parameter", name);
						for (String value : values) {
							BadInput.checkText(name, value);
						}
					});
				}
				return true;
			}
		});
	}

	private static <T> Converter<String, @Nullable T> parsed(java.util.function.Function<String, T> parser) {
		return text -> {
			String value = text.strip();
			if (value.isEmpty()) {
				return null;
			}
			try {
				return BadInput.checkDate("date", parser.apply(value));
			}
			catch (DateTimeParseException e) {
				throw new IllegalArgumentException(e.getMessage(), e);
			}
		};
	}

	static String field(JsonParser p) {
		String pointer = p.streamReadContext().pathAsPointer().toString();
		return pointer.isEmpty() ? "body" : pointer.substring(1);
	}

	/** Wraps the deserializers of texts, dates and untyped values (maps of objects, JSON trees) with the checks. */
	static class CheckingModifier extends ValueDeserializerModifier {

		@Override
		public ValueDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription.Supplier bean,
				ValueDeserializer<?> deserializer) {
			Class<?> type = bean.getBeanClass();
			if (type == String.class || type == Object.class || JsonNode.class.isAssignableFrom(type)
					|| BadInput.isDateType(type)) {
				return new Checking(deserializer);
			}
			return deserializer;
		}

		@Override
		public KeyDeserializer modifyKeyDeserializer(DeserializationConfig config, JavaType type,
				KeyDeserializer deserializer) {
			return new KeyDeserializer() {
				@Override
				public Object deserializeKey(String key, DeserializationContext context) throws JacksonException {
					BadInput.checkText("key", key);
					return deserializer.deserializeKey(key, context);
				}

				@Override
				public void resolve(DeserializationContext context) throws JacksonException {
					deserializer.resolve(context);
				}
			};
		}
	}

	static class Checking extends DelegatingDeserializer {

		Checking(ValueDeserializer<?> delegate) {
			super(delegate);
		}

		@Override
		protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> delegate) {
			return new Checking(delegate);
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext context) throws JacksonException {
			String field = field(p);
			return check(field, super.deserialize(p, context));
		}

		@Override
		public Object deserialize(JsonParser p, DeserializationContext context, Object into) throws JacksonException {
			String field = field(p);
			return check(field, super.deserialize(p, context, into));
		}

		/** Texts and dates, also inside untyped maps, lists and JSON trees. */
		private static @Nullable Object check(String field, @Nullable Object value) {
			if (value instanceof CharSequence text) {
				BadInput.checkText(field, text);
			}
			else if (value instanceof JsonNode node) {
				checkTree(field, node);
			}
			else if (value instanceof Map<?, ?> map) {
				map.forEach((key, item) -> {
					check(field, key);
					check(field + "/" + key, item);
				});
			}
			else if (value instanceof Collection<?> items) {
				items.forEach(item -> check(field, item));
			}
			else if (value != null) {
				BadInput.checkDate(field, value);
			}
			return value;
		}

		private static void checkTree(String field, JsonNode node) {
			if (node.isString()) {
				BadInput.checkText(field, node.stringValue());
			}
			else if (node.isObject()) {
				node.properties().forEach(property -> {
					BadInput.checkText(field, property.getKey());
					checkTree(field + "/" + property.getKey(), property.getValue());
				});
			}
			else if (node.isArray()) {
				node.values().forEach(item -> checkTree(field, item));
			}
		}
	}
}
