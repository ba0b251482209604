package org.trustbricks.registry.workflow;

import java.util.List;

/**
 * A vendor's evaluation request.
 *
 * @param schemeId               scheme
 * @param cbId                   certification body
 * @param labId                  laboratory (must be authorised by the CB for the scheme)
 * @param product                product name
 * @param productVersion         version
 * @param stFileName             ST file name (.yaml, .yml or .json)
 * @param st                     ST bytes
 * @param parts                  registry certificate ids of reused parts
 * @param certifiedConfiguration configuration to certify
 * @param assumptions            what users must keep true
 */
public record SubmitRequest(long schemeId, long cbId, long labId, String product, String productVersion,
                            String stFileName, byte[] st, List<String> parts, String certifiedConfiguration,
                            String assumptions) {

    @Override
    public String toString() {
        return "SubmitRequest[" + product + " " + productVersion + ", st " + (st == null ? 0 : st.length) + " bytes]";
    }
}
