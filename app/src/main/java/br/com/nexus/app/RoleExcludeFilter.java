package br.com.nexus.app;

import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;

/** Leaves out of component scanning the modules this node's {@link Role} does not run. */
public class RoleExcludeFilter implements TypeFilter, EnvironmentAware {

    private Role role = Role.ALL;

    @Override
    public void setEnvironment(Environment environment) {
        role = Role.parse(environment.getProperty(Role.PROPERTY));
    }

    @Override
    public boolean match(MetadataReader metadataReader, MetadataReaderFactory metadataReaderFactory) {
        String className = metadataReader.getClassMetadata().getClassName();
        int lastDot = className.lastIndexOf('.');
        return !role.runs(lastDot < 0 ? "" : className.substring(0, lastDot));
    }
}
