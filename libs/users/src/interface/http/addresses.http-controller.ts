import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Put,
  UseGuards,
} from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors, CurrentUser, JwtAuthGuard, type AuthenticatedUser } from '@nestmall/platform';
import { UsersClient } from '../../client/users.client.js';
import { AddAddressBody, AddressBody, AddressIdParams } from './dto/address.body.js';
import { AddressResponse } from './dto/profile.responses.js';

/** The buyer's shipping addresses; another buyer's address id answers 404 like an unknown one. */
@ApiTags('addresses')
@ApiBearerAuth()
@ApiErrors(HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.UNAUTHORIZED)
@UseGuards(JwtAuthGuard)
@Controller('users/me/addresses')
export class AddressesHttpController {
  constructor(private readonly users: UsersClient) {}

  @Get()
  @ApiOperation({ summary: 'My shipping addresses, the default first' })
  @ApiOkResponse({ type: [AddressResponse] })
  list(@CurrentUser() user: AuthenticatedUser): Promise<AddressResponse[]> {
    return this.users.listAddresses(user);
  }

  @Post()
  @ApiOperation({
    summary: 'Add a shipping address',
    description: `The first one becomes the default. At most 20 per buyer (409 past it).`,
  })
  @ApiCreatedResponse({ type: AddressResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.CONFLICT)
  add(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: AddAddressBody,
  ): Promise<AddressResponse> {
    const { is_default, ...address } = body;
    return this.users.addAddress(user, address, is_default ?? false);
  }

  @Get(':address_id')
  @ApiOperation({ summary: 'One of my shipping addresses' })
  @ApiOkResponse({ type: AddressResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND)
  get(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AddressIdParams,
  ): Promise<AddressResponse> {
    return this.users.getAddress(user, params.address_id);
  }

  @Put(':address_id')
  @ApiOperation({
    summary: 'Replace a shipping address',
    description: 'Orders placed with it keep the copy they took.',
  })
  @ApiOkResponse({ type: AddressResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  update(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AddressIdParams,
    @Body() body: AddressBody,
  ): Promise<AddressResponse> {
    return this.users.updateAddress(user, params.address_id, body);
  }

  @Delete(':address_id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete a shipping address',
    description: 'Deleting the default makes the oldest other address the default.',
  })
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AddressIdParams,
  ): Promise<void> {
    await this.users.removeAddress(user, params.address_id);
  }

  @Post(':address_id/default')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Make a shipping address my default' })
  @ApiOkResponse({ type: AddressResponse })
  @ApiErrors(HttpStatus.BAD_REQUEST, HttpStatus.NOT_FOUND, HttpStatus.CONFLICT)
  setDefault(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: AddressIdParams,
  ): Promise<AddressResponse> {
    return this.users.setDefaultAddress(user, params.address_id);
  }
}
