package org.roikit.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ModuleDescriptorTest {

    private static ModuleDescriptor descriptor;

    @BeforeAll
    static void readDescriptor() throws IOException {
        try (InputStream in = Money.class.getResourceAsStream("/module-info.class")) {
            assertThat(in).as("module-info.class next to the core classes").isNotNull();
            descriptor = ModuleDescriptor.read(in);
        }
    }

    @Test
    void moduleIsNamedOrgRoikitCore() {
        assertThat(descriptor.name()).isEqualTo("org.roikit.core");
        assertThat(descriptor.isOpen()).isFalse();
    }

    @Test
    void exportsExactlyTheUserFacingPackages() {
        assertThat(descriptor.exports().stream().map(ModuleDescriptor.Exports::source).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("org.roikit.core", "org.roikit.core.kpi", "org.roikit.core.tracking");
        assertThat(descriptor.exports()).allSatisfy(e -> assertThat(e.isQualified()).isFalse());
        assertThat(descriptor.opens()).isEmpty();
    }

    @Test
    void keepsHelpersInAnUnexportedPackage() {
        assertThat(descriptor.packages()).contains("org.roikit.core.internal");
    }

    @Test
    void requiresNothingButJavaBase() {
        assertThat(descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(Collectors.toSet()))
                .containsExactly("java.base");
        assertThat(descriptor.uses()).isEmpty();
        assertThat(descriptor.provides()).isEmpty();
    }
}
