-- Varied registry searches: full text, filters, sorting, pages.
local queries = {
  "/api/registry/certificates?q=smart+lock",
  "/api/registry/certificates?q=secure+update&level=SESIP3",
  "/api/registry/certificates?q=vendor+12&status=ACTIVE&sort=product",
  "/api/registry/certificates?level=SESIP2&cb=Northgate+Certification&page=3",
  "/api/registry/certificates?q=thermo&profile=psa-certified-level-3",
  "/api/registry/certificates?q=orion+gateway&issuedFrom=2023-01-01&issuedTo=2024-12-31",
  "/api/registry/certificates?q=keystore&lab=Keystone+Evaluations&sort=oldest",
  "/api/registry/certificates?status=TERMINATED&page=2",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", queries[(i % #queries) + 1])
end
