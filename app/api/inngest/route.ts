import { serve } from "inngest/next";
import { client, functions, serveOptions } from "@/lib/inngest";

export const { GET, POST, PUT } = serve({ client, functions, ...serveOptions });
