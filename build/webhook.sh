#!/usr/bin/env bash
# Signs and posts a provider webhook event for a pending payment of a running development host, the way
# `stripe trigger` does, with bash, openssl and curl only. The host must run offline (Payments:Offline=true, the
# README's `dotnet run --project src/WebApi`), whose webhook endpoints check these events against the published
# development secrets of src/WebApi/appsettings.Development.json (never valid outside offline development).
#
#   ./build/webhook.sh <provider> <event> <providerPaymentId> <amount>
#
#   provider            stripe | razorpay | paypal
#   event               stripe:   payment_intent.succeeded | payment_intent.payment_failed
#                       razorpay: payment.captured | payment.failed
#                       paypal:   PAYMENT.CAPTURE.COMPLETED | PAYMENT.CAPTURE.DENIED
#   providerPaymentId   the checkout's payment.providerPaymentId (manual_... offline)
#   amount              the checkout's total, in major units (2399.00); the currency is the region's
#
# Environment: API (http://localhost:5080), TENANT (stripe: europe, razorpay: south-asia, paypal: required; the region
# must pay through the provider), WEBHOOK_SECRET (the provider's development secret; set another to see the refusal).
# Prints the answer; exits 1 when it is not 2xx.
set -euo pipefail

usage() { sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[ "$#" -eq 4 ] || usage
provider=$1 event=$2 payment=$3 amount=$4
api=${API:-http://localhost:5080}

# The development secrets of src/WebApi/appsettings.Development.json (a test checks that they agree).
case "$provider" in
  stripe)   tenant=${TENANT:-europe};     secret=${WEBHOOK_SECRET:-whsec_dev_not_for_production_customiseyou} ;;
  razorpay) tenant=${TENANT:-south-asia}; secret=${WEBHOOK_SECRET:-rzp_dev_not_for_production_customiseyou} ;;
  paypal)   tenant=${TENANT:?"set TENANT to a region that pays through PayPal"}
            secret=${WEBHOOK_SECRET:-paypal_dev_not_for_production_customiseyou} ;;
  *) echo "unknown provider '$provider' (stripe, razorpay, paypal)" >&2; exit 2 ;;
esac

# The region's currency, and its minor-unit digits as the API keeps them (src/Domain/Common/Currency.cs).
region=$(curl -sS --fail-with-body "$api/api/v1/tenant" -H "X-Tenant: $tenant") \
  || { echo "could not read region '$tenant' from $api: $region" >&2; exit 1; }
currency=$(printf '%s' "$region" | sed -n 's/.*"currency":"\([A-Z]\{3\}\)".*/\1/p')
case "$currency" in
  JPY|KRW) digits=0 ;;
  BHD|KWD) digits=3 ;;
  ?*) digits=2 ;;
  *) echo "region '$tenant' named no currency: $region" >&2; exit 1 ;;
esac

# The amount in minor units (paise, cents) and as a decimal string with the currency's digits.
[[ "$amount" =~ ^([0-9]+)(\.([0-9]+))?$ ]] || { echo "amount '$amount' is not a decimal number such as 2399.00" >&2; exit 2; }
whole=${BASH_REMATCH[1]} fraction=${BASH_REMATCH[3]:-}
fraction=$(printf '%s' "$fraction" | sed 's/0*$//')
[ "${#fraction}" -le "$digits" ] || { echo "amount '$amount' has more than $digits decimals for $currency" >&2; exit 2; }
while [ "${#fraction}" -lt "$digits" ]; do fraction="${fraction}0"; done
minor=$((10#$whole * 10 ** digits + 10#${fraction:-0}))
decimal=$whole${fraction:+.$fraction}

id=$(openssl rand -hex 12)
now=$(date -u +%s)
iso=$(date -u -d "@$now" +%Y-%m-%dT%H:%M:%SZ)
hmac_hex() { printf '%s' "$1" | openssl dgst -sha256 -hmac "$secret" -hex | awk '{ print $NF }'; }
headers=()
case "$provider/$event" in
  stripe/payment_intent.succeeded | stripe/payment_intent.payment_failed)
    lower=$(printf '%s' "$currency" | tr 'A-Z' 'a-z')
    if [ "$event" = payment_intent.succeeded ]; then
      outcome="\"amount_received\":$minor,\"status\":\"succeeded\",\"latest_charge\":\"ch_dev_$id\",\"last_payment_error\":null"
    else
      outcome="\"amount_received\":0,\"status\":\"requires_payment_method\",\"latest_charge\":null,\"last_payment_error\":{\"message\":\"Your card was declined (development event).\"}"
    fi
    body="{\"id\":\"evt_dev_$id\",\"object\":\"event\",\"type\":\"$event\",\"created\":$now,\"livemode\":false,\"data\":{\"object\":{\"id\":\"$payment\",\"object\":\"payment_intent\",\"amount\":$minor,\"currency\":\"$lower\",$outcome}}}"
    headers+=(-H "Stripe-Signature: t=$now,v1=$(hmac_hex "$now.$body")")
    ;;
  razorpay/payment.captured | razorpay/payment.failed)
    if [ "$event" = payment.captured ]; then
      outcome='"status":"captured","captured":true,"error_description":null'
    else
      outcome='"status":"failed","captured":false,"error_description":"The card was declined (development event)."'
    fi
    body="{\"entity\":\"event\",\"account_id\":\"acc_dev\",\"event\":\"$event\",\"contains\":[\"payment\"],\"payload\":{\"payment\":{\"entity\":{\"id\":\"pay_dev_$id\",\"entity\":\"payment\",\"amount\":$minor,\"currency\":\"$currency\",\"order_id\":\"$payment\",\"method\":\"card\",$outcome}}},\"created_at\":$now}"
    headers+=(-H "X-Razorpay-Signature: $(hmac_hex "$body")" -H "x-razorpay-event-id: evt_dev_$id")
    ;;
  paypal/PAYMENT.CAPTURE.COMPLETED | paypal/PAYMENT.CAPTURE.DENIED)
    if [ "$event" = PAYMENT.CAPTURE.COMPLETED ]; then status='"status":"COMPLETED"'; else status='"status":"DECLINED","status_details":{"reason":"DEVELOPMENT_EVENT"}'; fi
    body="{\"id\":\"WH-DEV-$id\",\"event_version\":\"1.0\",\"create_time\":\"$iso\",\"resource_type\":\"capture\",\"event_type\":\"$event\",\"resource\":{\"id\":\"CAP-DEV-$id\",$status,\"amount\":{\"currency_code\":\"$currency\",\"value\":\"$decimal\"},\"supplementary_data\":{\"related_ids\":{\"order_id\":\"$payment\"}}}}"
    # PayPal's own signatures are checked by PayPal; offline development events are signed with a shared secret instead.
    signature=$(printf '%s' "dev-$id|$iso|$body" | openssl dgst -sha256 -hmac "$secret" -binary | openssl base64 -A)
    headers+=(-H "PAYPAL-TRANSMISSION-ID: dev-$id" -H "PAYPAL-TRANSMISSION-TIME: $iso" -H "PAYPAL-AUTH-ALGO: HMACSHA256"
              -H "PAYPAL-TRANSMISSION-SIG: $signature")
    ;;
  *) echo "'$event' is not a $provider event this script sends; see ./build/webhook.sh without arguments" >&2; exit 2 ;;
esac

echo "POST $api/api/v1/webhooks/$provider ($tenant): $event for $payment, $decimal $currency" >&2
answer=$(curl -sS -X POST "$api/api/v1/webhooks/$provider" -H "X-Tenant: $tenant" -H 'Content-Type: application/json' \
  "${headers[@]}" --data-binary "$body" -w '\n%{http_code}')
code=${answer##*$'\n'}
echo "HTTP $code ${answer%$'\n'*}"
[ "$code" -ge 200 ] && [ "$code" -lt 300 ]
