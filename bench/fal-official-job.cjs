// One Bria job (or JOBS of them, one after the other) through the official fal JS client
// (@fal-ai/client, installed by bench/run.sh into build/, never committed): fal.storage.upload
// of the sketch, fal.subscribe (its default: polling every 500 ms), then the result image
// downloaded and written. Pointed at the fake server with requestMiddleware: https://queue.fal.run
// and https://rest.fal.ai become REIMAGINE_FAL_QUEUE_URL and REIMAGINE_FAL_REST_URL (loopback
// http); the upload and CDN URLs the fake server hands out are loopback already.
// Usage: FAL_CLIENT_MODULE=<dir of @fal-ai/client> node fal-official-job.cjs SKETCH OUTPUT [JOBS]
// Prints one line per job: "job <ms>" (from before the upload to the written file).
"use strict";
const fs = require("fs");
const { fal } = require(process.env.FAL_CLIENT_MODULE || "@fal-ai/client");

const queueUrl = process.env.REIMAGINE_FAL_QUEUE_URL;
const restUrl = process.env.REIMAGINE_FAL_REST_URL;
fal.config({
  credentials: process.env.FAL_KEY,
  requestMiddleware: async (request) => ({
    ...request,
    url: request.url
      .replace("https://queue.fal.run", queueUrl)
      .replace("https://rest.fal.ai", restUrl),
  }),
});

async function job(sketch, output) {
  const started = process.hrtime.bigint();
  const bytes = fs.readFileSync(sketch);
  const url = await fal.storage.upload(new Blob([bytes], { type: "image/png" }));
  const result = await fal.subscribe("bria/reimagine/3.2", {
    input: { prompt: "a house", canny_image_url: url },
    logs: true,
  });
  const response = await fetch(result.data.image.url);
  if (!response.ok) throw new Error(`download: HTTP ${response.status}`);
  fs.writeFileSync(output, Buffer.from(await response.arrayBuffer()));
  return Number(process.hrtime.bigint() - started) / 1e6;
}

(async () => {
  const [sketch, output, jobs] = process.argv.slice(2);
  for (let i = 0; i < Number(jobs || 1); ++i)
    console.log(`job ${(await job(sketch, output)).toFixed(1)}`);
})().catch((error) => {
  console.error(String(error && error.message ? error.message : error));
  process.exit(1);
});
