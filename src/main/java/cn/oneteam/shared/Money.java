package cn.oneteam.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * An amount of money in yuan (a fine, a payment, a threshold): in every JSON answer of the API it is a JSON number
 * with exactly two decimals ({@code 360.00}, never {@code 360} or {@code 360.0}), so that a client reads the same
 * amount whatever was entered or computed. The OpenAPI schema keeps {@code type: number}. Only money carries this
 * mark: coordinates, scores, rates and multiples keep their own scale.
 */
@Target({ ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT })
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = Money.TwoDecimals.class)
public @interface Money {

	/** Writes a {@link BigDecimal} amount as a number with two decimals (half up, as the cent is the smallest unit). */
	final class TwoDecimals extends StdSerializer<BigDecimal> {

		public TwoDecimals() {
			super(BigDecimal.class);
		}

		@Override
		public void serialize(BigDecimal value, JsonGenerator gen, SerializationContext context) {
			gen.writeNumber(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
		}
	}
}
