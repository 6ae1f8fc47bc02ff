import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  assertPublicEndpoint,
  checkEndpointUrl,
  classifyAddress,
  EndpointRefusedError,
  publicOnlyLookup,
} from "@/lib/integrations/core/public-endpoint";
import { serveLocally, type LocalServer } from "@/tests/support/local-server";

const strict = { allowLoopback: false };
const embedded = { allowLoopback: true };

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.0.9", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["[::1]", "loopback"],
    ["0.0.0.0", "internal"],
    ["::", "internal"],
    ["169.254.169.254", "internal"],
    ["::ffff:169.254.169.254", "internal"],
    ["fe80::1", "internal"],
    ["10.0.0.5", "internal"],
    ["172.16.3.4", "internal"],
    ["192.168.1.1", "internal"],
    ["::ffff:192.168.1.1", "internal"],
    ["fc00::1", "internal"],
    ["fd12:3456::1", "internal"],
    ["100.64.0.1", "internal"],
    ["224.0.0.1", "internal"],
    ["255.255.255.255", "internal"],
    ["ff02::1", "internal"],
    ["64:ff9b::7f00:1", "internal"], // NAT64 of 127.0.0.1
    ["2002:7f00:1::", "internal"], // 6to4 of 127.0.0.1
    ["8.8.8.8", "public"],
    ["213.180.204.62", "public"],
    ["2a02:6b8::2:242", "public"],
    ["storage.yandexcloud.net", "not_an_address"],
  ])("%s is %s", (address, expected) => {
    expect(classifyAddress(address)).toBe(expected);
  });
});

describe("checkEndpointUrl", () => {
  it.each([
    "https://127.0.0.1:9000",
    "https://localhost:9000",
    "https://LOCALHOST./",
    "https://s3.localhost",
    "https://0.0.0.0",
    "https://0/",
    "https://2130706433/",
    "https://0x7f.1/",
    "https://0177.0.0.1/",
    "https://127.1/",
    "https://[::1]/",
    "https://[::ffff:127.0.0.1]/",
    "https://169.254.169.254/latest/meta-data/",
    "https://2852039166/", // 169.254.169.254 as one number
    "https://10.1.2.3",
    "https://100.64.1.1",
    "https://[fe80::1]",
    "https://[fd00::1]",
    "https://224.0.0.251",
  ])("refuses %s as internal", (url) => {
    expect(checkEndpointUrl(url, strict)).toBe("internal");
  });

  it("asks for https on every other host, and refuses what is not an http(s) URL", () => {
    expect(checkEndpointUrl("http://storage.yandexcloud.net", strict)).toBe("not_https");
    expect(checkEndpointUrl("http://127.0.0.1:4011", strict)).toBe("not_https");
    expect(checkEndpointUrl("ftp://storage.yandexcloud.net", strict)).toBe("invalid");
    expect(checkEndpointUrl("storage.yandexcloud.net", strict)).toBe("invalid");
    expect(checkEndpointUrl("https://key:secret@storage.yandexcloud.net", strict)).toBe("invalid");
  });

  it("accepts https to a public host or address", () => {
    expect(checkEndpointUrl("https://storage.yandexcloud.net", strict)).toBeUndefined();
    expect(checkEndpointUrl("https://213.180.204.62:443", strict)).toBeUndefined();
  });

  it("lets plain HTTP to loopback through only on the embedded defaults, and nothing else internal", () => {
    expect(checkEndpointUrl("http://127.0.0.1:4011", embedded)).toBeUndefined();
    expect(checkEndpointUrl("http://localhost:4011", embedded)).toBeUndefined();
    expect(checkEndpointUrl("http://169.254.169.254", embedded)).toBe("not_https");
    expect(checkEndpointUrl("https://169.254.169.254", embedded)).toBe("internal");
    expect(checkEndpointUrl("https://192.168.0.10", embedded)).toBe("internal");
    expect(checkEndpointUrl("http://storage.yandexcloud.net", embedded)).toBe("not_https");
  });
});

describe("assertPublicEndpoint", () => {
  const resolvingTo =
    (...addresses: string[]) =>
    async () =>
      addresses;

  it("refuses a name that resolves to an internal address, even when only one of its answers does", async () => {
    const metadata = assertPublicEndpoint("https://metadata.example.com", {
      policy: strict,
      vendor: "s3",
      resolve: resolvingTo("169.254.169.254"),
    });
    await expect(metadata).rejects.toBeInstanceOf(EndpointRefusedError);
    await expect(metadata).rejects.toMatchObject({ reason: "internal", field: "endpoint" });
    const mixed = assertPublicEndpoint("https://mixed.example.com", {
      policy: strict,
      vendor: "s3",
      resolve: resolvingTo("8.8.8.8", "::1"),
    });
    await expect(mixed).rejects.toMatchObject({ reason: "internal" });
  });

  it("accepts a name whose every address is public", async () => {
    await expect(
      assertPublicEndpoint("https://storage.example.com", {
        policy: strict,
        vendor: "s3",
        resolve: resolvingTo("213.180.204.62", "2a02:6b8::2:242"),
      }),
    ).resolves.toBeUndefined();
  });
});

describe("publicOnlyLookup (connection time)", () => {
  let server: LocalServer;
  let requests = 0;

  beforeAll(async () => {
    server = await serveLocally((_req, res) => {
      requests += 1;
      res.end("internal secret");
    });
  });
  afterAll(() => server?.close());

  /** A resolver that was public when the form was checked and now answers 127.0.0.1 (DNS rebinding). */
  const rebound: typeof import("node:dns").lookup = ((_host: string, _options: unknown, callback: (...args: unknown[]) => void) =>
    callback(null, [{ address: "127.0.0.1", family: 4 }])) as never;

  function get(policy: { allowLoopback: boolean }) {
    const agent = new http.Agent({ lookup: publicOnlyLookup({ policy, vendor: "s3", lookup: rebound }) });
    return new Promise<string>((resolve, reject) => {
      http
        .get({ host: "bucket.rebind.example", port: server.port, path: "/", agent }, (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString()));
          res.on("end", () => resolve(body));
        })
        .on("error", reject);
    });
  }

  it("refuses to connect when the name now resolves to an internal address", async () => {
    const before = requests;
    await expect(get(strict)).rejects.toBeInstanceOf(EndpointRefusedError);
    expect(requests).toBe(before);
  });

  it("connects to loopback only when the embedded defaults allow it", async () => {
    await expect(get(embedded)).resolves.toBe("internal secret");
  });
});
