package th.go.ita.measuretracker.system;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import th.go.ita.measuretracker.fiscal.ThaiDates;

/**
 * {@code ${#thaiDates.date(step.dueDate)}} in a template: a date as {@link ThaiDates} writes it, in the template's
 * language (a page's is the request's, a mail's Thai). Spring Boot adds every dialect bean to Thymeleaf.
 */
@Component
class ThaiDatesDialect extends AbstractDialect implements IExpressionObjectDialect {

	static final String NAME = "thaiDates";

	ThaiDatesDialect() {
		super("ThaiDates");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String expressionObjectName) {
				return NAME.equals(expressionObjectName) ? new Dates(context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String expressionObjectName) {
				return true;
			}
		};
	}

	/** What a template may call; {@code null} is written as nothing. */
	public record Dates(Locale locale) {

		public String date(LocalDate date) {
			return ThaiDates.date(date, locale);
		}

		/** @param moment an Instant, OffsetDateTime, ZonedDateTime or LocalDateTime (office time) */
		public String dateTime(Temporal moment) {
			return moment == null ? "" : String.valueOf(ThaiDates.readable(moment, locale));
		}
	}
}
