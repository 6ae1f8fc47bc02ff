"use client";

import { useState } from "react";
import { PhoneStep } from "@/components/auth/phone-step";
import { CodeStep } from "@/components/auth/code-step";

/** Phone → code → session. The phone stays in memory only, never in the URL. */
export function LoginFlow({ callbackUrl }: { callbackUrl?: string }) {
  const [sent, setSent] = useState<{ phone: string; resendAt: number; sandbox: boolean } | null>(null);
  if (!sent) {
    return (
      <PhoneStep
        onSent={(phone, resendAfterSeconds, sandbox) => setSent({ phone, resendAt: Date.now() + resendAfterSeconds * 1000, sandbox })}
      />
    );
  }
  return (
    <CodeStep
      phone={sent.phone}
      resendAt={sent.resendAt}
      sandbox={sent.sandbox}
      callbackUrl={callbackUrl}
      onResent={(resendAfterSeconds) => setSent({ ...sent, resendAt: Date.now() + resendAfterSeconds * 1000 })}
      onChangePhone={() => setSent(null)}
    />
  );
}
