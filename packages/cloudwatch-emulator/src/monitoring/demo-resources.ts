// Names shared by the demo's metrics and the alarms that watch them.
export const CHECKOUT_FUNCTION = [{ Name: 'FunctionName', Value: 'checkout-api' }];
export const PAYMENTS_FUNCTION = [{ Name: 'FunctionName', Value: 'payments-worker' }];
export const CHECKOUT_ALB = [{ Name: 'LoadBalancer', Value: 'app/checkout-alb/50dc6c495c0c9188' }];
export const BUSINESS_NAMESPACE = 'Checkout/Business';
export const BUSINESS_DIMENSIONS = [
  { Name: 'Environment', Value: 'production' },
  { Name: 'Service', Value: 'checkout-api' },
];
