package org.trustbricks.sesip.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.trustbricks.sesip.Sesip;
import org.w3c.dom.Document;

class RendererTest {

    private static byte[] example(String name) throws Exception {
        return Files.readAllBytes(Path.of("../examples/sesip", name));
    }

    private static Document parseXml(String page) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(page.getBytes(UTF_8)));
    }

    @Test
    void the_smart_lock_page_follows_the_template_and_is_well_formed() throws Exception {
        RenderResult r = Sesip.render(example("smart-lock.yaml"), "smart-lock.yaml", Format.HTML);
        String page = r.content();
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<html lang=\"en\">")
                .contains("1 Introduction", "1.2 Platform reference", "2 Security objectives for the operational environment",
                        "2.2 Inherited objectives of evaluated parts", "3.1 Assurance package", "3.2 Security functional requirements",
                        "4 Composition", "5 Coverage of market requirements")
                .contains("SESIP2 with SESIP3 and SESIP5 part(s)")
                .contains("<svg").contains("role=\"img\"").contains("<caption>")
                .contains("<span class=\"inferred\">inferred</span>");
        Document dom = parseXml(page);
        assertThat(dom.getElementsByTagName("table").getLength()).isGreaterThan(8);
        assertThat(dom.getElementsByTagName("svg").getLength()).isEqualTo(1);
        assertThat(dom.getElementsByTagName("rect").getLength()).isEqualTo(4);
    }

    @Test
    void the_page_is_self_contained() throws Exception {
        String page = Sesip.render(example("psa-l3-mcu.yaml"), "mcu.yaml", Format.HTML).content();
        assertThat(page).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=\"http");
        assertThat(page).doesNotContain("4 Composition");
    }

    @Test
    void untrusted_text_is_escaped_in_html_and_markdown() throws Exception {
        String st = new String(example("psa-l3-mcu.yaml"), UTF_8)
                .replace("title: Security Target for the Northwind NW33 Secure Microcontroller", "title: \"<script>alert(1)</script> | x\"");
        String html = Sesip.render(st.getBytes(UTF_8), "x.yaml", Format.HTML).content();
        assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        parseXml(html);
        String md = Sesip.render(st.getBytes(UTF_8), "x.yaml", Format.MARKDOWN).content();
        assertThat(md).doesNotContain("<script>").contains("\\| x");
    }

    @Test
    void markdown_has_the_same_sections_and_a_mermaid_composition_graph() throws Exception {
        RenderResult r = Sesip.render(example("smart-lock.yaml"), "smart-lock.yaml", Format.MARKDOWN);
        assertThat(r.mediaType()).startsWith("text/markdown");
        assertThat(r.content()).contains("# Security Target for the Bramble Smart Lock BL-2", "## 4 Composition", "```mermaid",
                "platform --> p_rtos", "p_rtos --> p_nw33", "| 5.5-4 Access to configuration over a network interface is authenticated | covered |");
    }

    @Test
    void an_unreadable_document_is_not_rendered() {
        RenderResult r = Sesip.render("a: [".getBytes(UTF_8), "x.yaml", Format.HTML);
        assertThat(r.content()).isNull();
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void chromium_renders_the_page_with_its_diagram_and_tables() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        assumeTrue(Files.isExecutable(chromium), "chromium is not installed");
        Path file = Files.createTempFile("st", ".html");
        Files.writeString(file, Sesip.render(example("smart-lock.yaml"), "smart-lock.yaml", Format.HTML).content());
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--dump-dom", file.toUri().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(p.getInputStream().readAllBytes(), UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Files.delete(file);
        assertThat(dom).contains("<svg").contains("Which part provides which SFR").contains("Bramble Smart Lock BL-2");
    }
}
