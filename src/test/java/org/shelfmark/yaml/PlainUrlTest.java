package org.shelfmark.yaml;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The quick look at a record's URL takes only URLs that {@link URI} reads with an http or https
 * scheme and a host, and leaves every other to {@code URI}, whose message says what is wrong.
 */
class PlainUrlTest {

    // what the record reader asks of URI
    private static boolean uriTakes(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Test
    void takesTheUrlsOfATypicalList() {
        for (String url : List.of("https://www.kingsfund.org.uk/publications", "http://example.org",
                "https://example.org/pages/2", "https://doi.org/10.1136/bmj.l6342?x=1&y=%20#top",
                "https://a-b.c0.example/p;q=1/r:s@t$u,v!w~x*y'z(1)?q=/?#f/?", "http://localhost/",
                "https://example.org?q", "https://example.org#frag")) {
            assertTrue(RecordReader.plainHttpUrl(url), url);
            assertTrue(uriTakes(url), url);
        }
    }

    @Test
    void leavesToUriWhatIsNotPlainlyAUrl() {
        for (String url : List.of("www.kingsfund.org.uk/publications", "https://www.kingsfund.org.uk/a page",
                "ftp://example.org/", "HTTPS://example.org/", "https://", "https:///path", "https://-a.org/",
                "https://a-.org/", "https://a..org/", "https://example.org./", "https://1.2.3.4/",
                "https://example.123/", "https://user@example.org/", "https://example.org:8080/",
                "https://[::1]/", "https://example.org/%2", "https://example.org/%zz", "https://example.org/a#b#c",
                "https://example.org/[x]", "https://example.org/é", "https://exa_mple.org/", "https://example.org/{x}")) {
            assertFalse(RecordReader.plainHttpUrl(url), url);
        }
    }

    @Test
    void everyUrlTakenIsOneUriTakes() {
        // random URLs of the characters that matter to either, a host and then the rest: each the
        // quick look takes, URI takes
        String[] host = {"aZ09", ".", "-_@:["};
        String[] rest = {"aZ09-._~!*'();/:@&=+$,?#%Af", "[]{} \\\"<>|^`é"};
        String[] starts = {"http://", "https://", "http:/", "https:", "Http://", ""};
        Random random = new Random(20261127);
        int taken = 0;
        for (int n = 0; n < 200_000; n++) {
            StringBuilder url = new StringBuilder(starts[random.nextInt(starts.length)]);
            int hostLength = random.nextInt(10);
            for (int i = 0; i < hostLength; i++) {
                int kind = random.nextInt(20);
                url.append(pick(host[kind < 17 ? 0 : kind < 19 ? 1 : 2], random));
            }
            int restLength = random.nextInt(16);
            for (int i = 0; i < restLength; i++) {
                url.append(pick(rest[random.nextInt(30) == 0 ? 1 : 0], random));
            }
            String u = url.toString();
            if (RecordReader.plainHttpUrl(u)) {
                taken++;
                assertTrue(uriTakes(u), u);
            }
        }
        assertTrue(taken > 1000, "too few random URLs taken to check: " + taken);
    }

    private static char pick(String characters, Random random) {
        return characters.charAt(random.nextInt(characters.length()));
    }
}
