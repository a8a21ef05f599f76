import {
  applyDecorators,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  Res,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import {
  ApiErrors,
  CurrentUser,
  IdempotencyKey,
  JwtAuthGuard,
  OptionalCurrentUser,
  OptionalJwtAuthGuard,
  type AuthenticatedUser,
} from '@nestmall/platform';
import type { FastifyReply as Response } from 'fastify';
import type { CartView } from '../../application/cart-views.js';
import { CartClient } from '../../client/cart.client.js';
import {
  AddCartItemBody,
  CartSkuParams,
  ChangeCartItemBody,
  CheckOutBody,
  MergeCartBody,
} from './dto/cart.dto.js';
import { CartResponse, CheckOutResponse, MergedCartResponse } from './dto/cart.responses.js';
import { GuestCartId } from './guest-cart-id.decorator.js';

const GUEST =
  " With an access token: the buyer's cart. Without one: the guest cart of X-Cart-Id (none: an empty cart).";

/** A buyer's (with a valid access token) or a guest's: the access token is optional. */
const BuyerOrGuest = () =>
  applyDecorators(UseGuards(OptionalJwtAuthGuard), ApiBearerAuth(), ApiSecurity({}));

/** A buyer's only. */
const Buyer = () => applyDecorators(UseGuards(JwtAuthGuard), ApiBearerAuth());

@ApiTags('cart')
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE)
@Controller('cart')
export class CartHttpController {
  constructor(private readonly cart: CartClient) {}

  @Get()
  @BuyerOrGuest()
  @ApiOperation({
    summary: 'The cart, with current prices and stock beside the price each line was added at',
    description: `A changed price is shown (price_changed), never silently applied.${GUEST}`,
  })
  @ApiOkResponse({ type: CartResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED)
  get(
    @OptionalCurrentUser() user: AuthenticatedUser | undefined,
    @GuestCartId() cartId?: string,
  ): Promise<CartResponse> {
    return this.cart.getCart({ user, guestCartId: cartId });
  }

  @Post('items')
  @HttpCode(HttpStatus.OK)
  @BuyerOrGuest()
  @ApiOperation({
    summary: 'Add units of a SKU (at most 20 lines, 99 units a line)',
    description:
      'Without an access token or X-Cart-Id this makes a guest cart: its id comes back as ' +
      `cart_id and in the X-Cart-Id response header.${GUEST}`,
  })
  @ApiOkResponse({ type: CartResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
  )
  async add(
    @OptionalCurrentUser() user: AuthenticatedUser | undefined,
    @Body() body: AddCartItemBody,
    @Res({ passthrough: true }) response: Response,
    @GuestCartId() cartId?: string,
  ): Promise<CartResponse> {
    return withCartId(
      response,
      await this.cart.addItem({ user, guestCartId: cartId }, body.sku_id, body.quantity),
    );
  }

  @Put('items/:sku_id')
  @BuyerOrGuest()
  @ApiOperation({ summary: 'Set the quantity of a line', description: GUEST.trim() })
  @ApiOkResponse({ type: CartResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  change(
    @OptionalCurrentUser() user: AuthenticatedUser | undefined,
    @Param() params: CartSkuParams,
    @Body() body: ChangeCartItemBody,
    @GuestCartId() cartId?: string,
  ): Promise<CartResponse> {
    return this.cart.changeQuantity({ user, guestCartId: cartId }, params.sku_id, body.quantity);
  }

  @Delete('items/:sku_id')
  @BuyerOrGuest()
  @ApiOperation({ summary: 'Remove a line', description: GUEST.trim() })
  @ApiOkResponse({ type: CartResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED, HttpStatus.NOT_FOUND)
  remove(
    @OptionalCurrentUser() user: AuthenticatedUser | undefined,
    @Param() params: CartSkuParams,
    @GuestCartId() cartId?: string,
  ): Promise<CartResponse> {
    return this.cart.removeItem({ user, guestCartId: cartId }, params.sku_id);
  }

  @Post('merge')
  @HttpCode(HttpStatus.OK)
  @Buyer()
  @ApiOperation({
    summary: "Merge a guest cart into the buyer's (call it after logging in)",
    description:
      'Quantities of a SKU in both carts are added, capped at 99 (merge.capped); lines past the ' +
      '20-line limit are left out (merge.dropped). The guest cart is deleted. An unknown or ' +
      'empty guest cart merges nothing.',
  })
  @ApiOkResponse({ type: MergedCartResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.UNAUTHORIZED)
  merge(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: MergeCartBody,
  ): Promise<MergedCartResponse> {
    return this.cart.mergeGuestCart(user, body.cart_id);
  }

  @Post('checkout')
  @Buyer()
  @ApiOperation({
    summary: 'Order the cart (or the lines of sku_ids) through the same path as POST /orders',
    description:
      'The ordered units leave the cart once the order is placed. Refused, the cart stays as it ' +
      'was: an empty cart, a price changed since a line was added (409 naming it, unless ' +
      'accept_price_changes), not enough stock (409 naming the SKU), a SKU off shelf (409). ' +
      'The same Idempotency-Key again answers the first order and removes nothing twice.',
  })
  @ApiCreatedResponse({ type: CheckOutResponse })
  @ApiErrors(
    HttpStatus.BAD_REQUEST,
    HttpStatus.UNAUTHORIZED,
    HttpStatus.NOT_FOUND,
    HttpStatus.CONFLICT,
    HttpStatus.UNPROCESSABLE_ENTITY,
  )
  checkOut(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CheckOutBody,
    @IdempotencyKey() idempotencyKey?: string,
  ): Promise<CheckOutResponse> {
    return this.cart.checkOut(user, { ...body, idempotency_key: idempotencyKey });
  }
}

/** A guest's cart id also goes back in the X-Cart-Id response header. */
function withCartId(response: Response, cart: CartView): CartView {
  if (cart.cart_id) void response.header('X-Cart-Id', cart.cart_id);
  return cart;
}
