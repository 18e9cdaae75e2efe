package th.go.ita.measuretracker.workflow;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.dto.ExceptionDto;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API, plus one rule: a request that fails because of what the caller sent is answered 4xx, not
 * 500. Camunda wraps what a task listener throws, and what the engine throws on completing a task, into a
 * RestException with status 500; a refused form (our listeners) or plan becomes 400, a task that does not exist
 * 404. Everything else is answered as Camunda would.
 */
@Component
class RestApiConfig extends CamundaJerseyResourceConfig {

	@Override
	protected void registerAdditionalResources() {
		register(CallersMistakeMapper.class);
		register(TaskNotFoundMapper.class);
	}

	@Priority(1)
	public static class CallersMistakeMapper implements ExceptionMapper<RestException> {

		public CallersMistakeMapper() {
			// instantiated by Jersey
		}

		@Override
		public Response toResponse(RestException exception) {
			for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
				if (cause instanceof BadUserRequestException) {
					return answer(Response.Status.BAD_REQUEST, cause);
				}
				if (cause instanceof NullValueException) {
					return answer(Response.Status.NOT_FOUND, cause);
				}
			}
			return ExceptionHandlerHelper.getInstance().getResponse(exception);
		}

		static Response answer(Response.Status status, Throwable cause) {
			return Response.status(status)
				.entity(ExceptionDto.fromException(cause))
				.type(MediaType.APPLICATION_JSON_TYPE)
				.build();
		}
	}

	/** Claiming a task one may not see: the engine's exception reaches Jersey unwrapped. */
	@Priority(1)
	public static class TaskNotFoundMapper implements ExceptionMapper<TaskNotFoundException> {

		public TaskNotFoundMapper() {
			// instantiated by Jersey
		}

		@Override
		public Response toResponse(TaskNotFoundException exception) {
			return CallersMistakeMapper.answer(Response.Status.NOT_FOUND, exception);
		}
	}
}
