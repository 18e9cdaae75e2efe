package th.go.ita.measuretracker.workflow;

import java.util.Arrays;
import java.util.stream.Stream;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Our tables must exist before the engine starts: its deployment and start-up runners already call our
 * listeners. Without this, whichever bean asks for an engine service first decides the order, and Flyway then
 * refuses a schema that Camunda has already filled.
 */
@Configuration(proxyBeanMethods = false)
class EngineAfterFlyway {

	static final String ENGINE = "processEngineFactoryBean";
	static final String FLYWAY = "flywayInitializer";

	@Bean
	static BeanFactoryPostProcessor engineDependsOnFlyway() {
		return beanFactory -> {
			if (beanFactory.containsBeanDefinition(ENGINE) && beanFactory.containsBeanDefinition(FLYWAY)) {
				BeanDefinition engine = beanFactory.getBeanDefinition(ENGINE);
				String[] before = engine.getDependsOn() == null ? new String[0] : engine.getDependsOn();
				engine.setDependsOn(Stream.concat(Arrays.stream(before), Stream.of(FLYWAY)).toArray(String[]::new));
			}
		};
	}
}
