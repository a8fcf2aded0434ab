package id.ruangkonseling.lti.control;

import java.net.URI;
import java.util.Objects;

/** The tool's public address, and whether an address a platform names points into it. */
public record ToolAddress(URI base) {

    public ToolAddress {
        Objects.requireNonNull(base, "base");
    }

    /** Same scheme, host and port, and a path under the tool's: a page of this tool, not of another site. */
    public boolean owns(URI target) {
        if (target == null) {
            return false;
        }
        String path = target.getPath() == null ? "" : target.getPath();
        return Objects.equals(base.getScheme(), target.getScheme()) && Objects.equals(base.getHost(), target.getHost())
                && base.getPort() == target.getPort() && path.startsWith(base.getPath() == null ? "" : base.getPath());
    }

    public URI resolve(String path) {
        return URI.create(base + path);
    }
}
